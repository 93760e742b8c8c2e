import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { signIn, startServer, type BenchServer } from '@/bench/server';
import { buildDemoDatabase } from '@/db/demo-database';
import { COUNT_CAP } from '@/db/table-sql';
import { LOCALE_COOKIE } from '@/i18n/locales';
import { range } from '../support/tables';

// More events than a table counts: on a server of its own, so the other specs' demo figures and
// database comparisons never see them.

test.describe.configure({ mode: 'serial' });

let server: BenchServer | undefined;

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
