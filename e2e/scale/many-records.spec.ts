import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { signIn, startServer, type BenchServer } from '@/bench/server';
import { buildDemoDatabase } from '@/db/demo-database';
import { PROFILE_LIST_SIZE } from '@/db/queries/profile-lists';
import { SHEETS_PER_PAGE } from '@/db/queries/report-sheets';
import { COUNT_CAP } from '@/db/table-sql';
import { LOCALE_COOKIE } from '@/i18n/locales';
import { range } from '@/e2e/support/tables';

// More events than a table counts, and more activities in Belize than a report page shows: on a
// server of its own, so the other specs' demo figures and database comparisons never see them.

test.describe.configure({ mode: 'serial' });

let server: BenchServer | undefined;
/** The program of the bulk sheets. */
let bulkProgram: number;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dps-results-e2e-cap-')), 'e2e.db');
  await buildDemoDatabase(file);
  const sqlite = new Database(file);
  sqlite
    .prepare(
      `with recursive n(i) as (select 1 union all select i + 1 from n where i <= ?)
       insert into events (activity_id, kind, title) select (select min(id) from activities where archived_at is null), 'meeting', 'Bulk meeting ' || i from n`,
    )
    .run(COUNT_CAP);
  sqlite
    .prepare(
      `with recursive n(i) as (select 1 union all select i + 1 from n where i < ?)
       insert into activities (program_id, name) select (select min(id) from programs), 'Bulk sheet ' || substr('000' || i, -3) from n`,
    )
    .run(2 * SHEETS_PER_PAGE);
  bulkProgram = (sqlite.prepare('select min(id) as id from programs').get() as { id: number }).id;
  sqlite.exec(`insert into activity_countries (activity_id, country_code) select id, 'BZ' from activities where name like 'Bulk sheet %'`);
  sqlite.close();
  server = await startServer(file);
});

test.afterAll(() => server?.stop());

async function signedIn(context: import('@playwright/test').BrowserContext, locale: 'en' | 'es') {
  const cookie = await signIn(server!.base, 'viewer@demo.dps-results.org');
  const split = cookie.indexOf('=');
  await context.addCookies([
    { name: cookie.slice(0, split), value: cookie.slice(split + 1), url: server!.base },
    { name: LOCALE_COOKIE, value: locale, url: server!.base },
  ]);
}

test('a table that stopped counting says "more than", pages through the first rows, and counts a search exactly', async ({ page, context }) => {
  await signedIn(context, 'en');
  await page.goto(`${server!.base}/events?size=100`);
  await expect(range(page)).toHaveText('1–100 of more than 1,000: filter or search to narrow them down');
  await expect(page.getByTestId('table-page')).toHaveText('Page 1 of the first 10');

  await page.getByRole('link', { name: 'Next' }).click();
  await expect(range(page)).toHaveText(/^101–200 of more than 1,000/);
  await page.getByRole('link', { name: 'Last' }).click();
  await expect(range(page)).toHaveText(/^901–1,000 of more than 1,000/);
  await expect(page.getByTestId('table-page')).toHaveText('Page 10 of the first 10');
  await expect(page.getByText('Next', { exact: true })).toHaveAttribute('aria-disabled', 'true');

  // "Bulk meeting 100", "…1000" and "…1001": few enough to count.
  await page.goto(`${server!.base}/events?q=bulk meeting 100`);
  await expect(range(page)).toHaveText('1–3 of 3');
});

test('says it in Spanish too', async ({ page, context }) => {
  await signedIn(context, 'es');
  await page.goto(`${server!.base}/events?size=100`);
  await expect(range(page)).toHaveText('1–100 de más de 1000: filtre o busque para acotarlos');
  await expect(page.getByTestId('table-page')).toHaveText('Página 1 de las primeras 10');
});

test('a report of more sheets than a page shows them a page at a time, under its filters, and says the PDF holds them all', async ({ page, context }) => {
  await signedIn(context, 'en');
  const total = 2 * SHEETS_PER_PAGE + 6;
  await page.goto(`${server!.base}/countries/BZ/report`);
  const start = page.getByRole('navigation', { name: 'Sheet pages', exact: true });
  await expect(start.getByTestId('report-sheet-range')).toHaveText(`Sheets 1–${SHEETS_PER_PAGE} of ${total}; the PDF holds every sheet.`);
  await expect(page.locator('[data-testid="report-sheet"]')).toHaveCount(SHEETS_PER_PAGE);
  await expect(start.getByText('Previous sheets')).toHaveAttribute('aria-disabled', 'true');

  await page.getByRole('navigation', { name: 'Sheet pages, end of the report' }).getByRole('link', { name: 'Next sheets' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(start.getByTestId('report-sheet-range')).toHaveText(new RegExp(`^Sheets ${SHEETS_PER_PAGE + 1}–${2 * SHEETS_PER_PAGE} of ${total}`));
  await start.getByRole('link', { name: 'Next sheets' }).click();
  await expect(start.getByTestId('report-sheet-range')).toHaveText(new RegExp(`^Sheets ${2 * SHEETS_PER_PAGE + 1}–${total} of ${total}`));
  await expect(page.locator('[data-testid="report-sheet"]')).toHaveCount(total - 2 * SHEETS_PER_PAGE);
  await expect(start.getByText('Next sheets')).toHaveAttribute('aria-disabled', 'true');

  // A page number that makes no sense shows the first page; one past the end, the last.
  await page.goto(`${server!.base}/countries/BZ/report?page=-1%27%20or%201=1`);
  await expect(start.getByTestId('report-sheet-range')).toHaveText(new RegExp(`^Sheets 1–${SHEETS_PER_PAGE} of`));
  await page.goto(`${server!.base}/countries/BZ/report?page=999`);
  await expect(start.getByTestId('report-sheet-range')).toHaveText(new RegExp(`^Sheets ${2 * SHEETS_PER_PAGE + 1}–${total} of`));

  // The filters travel with the pages.
  await page.goto(`${server!.base}/countries/BZ/report?program=${bulkProgram}`);
  await expect(start.getByRole('link', { name: 'Next sheets' })).toHaveAttribute('href', `/countries/BZ/report?program=${bulkProgram}&page=2`);
});

test("a country's profile lists its newest activities, says how many there are, and links to the table of them all", async ({ page, context }) => {
  await signedIn(context, 'en');
  const total = 2 * SHEETS_PER_PAGE + 6;
  await page.goto(`${server!.base}/countries/BZ`);
  const section = page.getByRole('region', { name: 'Activities' });
  // Belize's own dated activities first, newest first; the undated bulk sheets after them.
  await expect(section.getByRole('table').locator('tbody tr')).toHaveCount(PROFILE_LIST_SIZE);
  await expect(section.getByRole('table').locator('tbody tr').first()).toContainText('Port Evaluations and Assessments');
  await expect(section.getByTestId('newest-activities')).toHaveText(`The ${PROFILE_LIST_SIZE} newest of ${total} activities. See them all in the activities table`);
  await section.getByRole('link', { name: 'See them all in the activities table' }).click();
  await expect(page).toHaveURL(/\/activities\?f\.countries=BZ$/);
  await expect(range(page)).toHaveText(new RegExp(` of ${total}$`));
});
