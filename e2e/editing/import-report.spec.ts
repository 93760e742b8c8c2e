import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { encryptedPdf, imageOnlyPdf, png } from '@/test/report-pdfs';
import { storageStateOf, type AccountKey } from '../support/accounts';
import { seriousViolations } from '../support/axe';
import { queryTestDatabase } from '../support/database';
import { openForm } from '../support/locators';
import { captureAction, replayAction } from '../support/replay';

// Read at test time from the shared seeds, so the fixture never drifts from the real report.
const seed = (name: string) => readFileSync(path.resolve(__dirname, '../../../shared/seeds', name));
const belizeReport = seed('001_c042859ca4c92e83.txt');
const barbadosReport = seed('004_d590de9f6e817ca0.txt');

const batches = () => queryTestDatabase<{ n: number }>('select count(*) as n from import_batches')[0]!.n;

/**
 * People trained under the Tourism Security Program, where the Belize report's records go: other
 * specs write meanwhile, but to other programs.
 */
async function headline(page: Page) {
  const [program] = queryTestDatabase<{ id: number }>("select id from programs where name = 'Tourism Security Program'");
  await page.goto(`/?program=${program!.id}`);
  const value = await page.getByTestId('people-trained-value').textContent();
  return Number(value?.replace(/\D/g, ''));
}

async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await openForm(page, '/import');
  await page.getByLabel('Report file (PDF or text, up to 20 MB)').setInputFiles(file);
  await page.getByRole('button', { name: 'Read the report' }).click();
}

async function uploadedBatch(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await upload(page, file);
  await page.waitForURL(/\/import\/\d+$/);
  return Number(new URL(page.url()).pathname.split('/').pop());
}

test.describe('as an editor', () => {
  test.use({ storageState: storageStateOf('editor') });

  test('uploads a seed report, corrects the activity name, accepts it, and finds it in the tables and the dashboard', async ({ page }) => {
    test.setTimeout(120_000);
    const stamp = Date.now();
    const name = `Imported tourism workshop ${stamp}`;
    const before = await headline(page);
    const batchId = await uploadedBatch(page, { name: 'belize-report.txt', mimeType: 'text/plain', buffer: belizeReport });

    // Nothing is in the data yet: the proposals are drafts.
    expect(await headline(page)).toBe(before);
    await page.goto(`/import/${batchId}`);
    const proposal = page.locator('section[id^="proposal-"]').filter({ hasText: 'Needs Assessment and follow-up Workshop on Tourism Security for Belize City' });
    await expect(proposal.getByText('Possible duplicate, an existing activity of Tourism Security Program:')).toBeVisible();
    await expect(proposal.getByRole('region', { name: /Source text, lines/ }).locator('mark', { hasText: 'Approximately, 23 officers' })).toBeVisible();
    await proposal.getByLabel('Decision: Activity').selectOption('correct');
    await proposal.getByLabel('Corrected value for Activity').fill(name);
    await proposal.getByRole('button', { name: 'Accept record' }).click();
    await expect(proposal.getByText('Accepted as')).toBeVisible();

    const [activity] = queryTestDatabase<{ id: number }>('select id from activities where name = ?', name);
    expect(activity).toBeDefined();
    expect(queryTestDatabase('select kind, women, men, not_disaggregated as nd, is_approximate as approx, country_code as country from events where activity_id = ? order by kind', activity!.id)).toEqual([
      { kind: 'assessment_mission', women: null, men: null, nd: null, approx: 0, country: 'BZ' },
      { kind: 'workshop', women: 1, men: 22, nd: 0, approx: 1, country: 'BZ' },
    ]);
    const audit = queryTestDatabase<{ after: string }>("select after from audit_events where action = 'import_accept' and entity_id = ?", String(activity!.id));
    expect(JSON.parse(audit[0]!.after)).toMatchObject({ importBatch: batchId, sourceFile: 'belize-report.txt' });

    expect(await headline(page)).toBe(before + 23);
    await page.goto(`/activities?q=${encodeURIComponent(name)}`);
    await expect(page.getByRole('link', { name })).toBeVisible();
  });

  test("uploads the app's own Barbados report PDF: its records show as possible duplicates; rejects one, discards the batch", async ({ page }) => {
    test.setTimeout(120_000);
    // A generated country-report PDF, downloaded as the editor would: its activities are already in the data.
    const download = await page.request.get('/countries/BB/report/pdf');
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    const batchId = await uploadedBatch(page, { name: 'barbados-country-report.pdf', mimeType: 'application/pdf', buffer: await download.body() });
    expect(queryTestDatabase<{ source_kind: string }>('select source_kind from import_batches where id = ?', batchId)[0]!.source_kind).toBe('pdf');
    const cargo = page.locator('section[id^="proposal-"]').filter({ hasText: 'Air Cargo Workshop' }).first();
    await expect(cargo.getByText('Possible duplicate, an existing activity of Aviation Security Program:')).toBeVisible();
    await expect(cargo.getByRole('link', { name: 'Air Cargo Workshop', exact: true })).toHaveAttribute('href', /^\/activities\/\d+$/);
    await expect(cargo.getByText('7 women, 15 men, 0 not disaggregated')).toBeVisible();
    const network = page.locator('section[id^="proposal-"]').filter({ hasText: 'ARIN-CARIB' }).first();
    await expect(network.getByText('Possible duplicate, an existing activity of Asset Recovery Inter-Agency Network for the Caribbean (ARIN-CARIB):')).toBeVisible();
    await cargo.getByRole('button', { name: 'Reject record' }).click();
    await expect(cargo.getByText('Rejected')).toBeVisible();

    await openForm(page, '/import');
    const row = page.getByRole('listitem').filter({ hasText: 'Review barbados-country-report.pdf' }).first();
    await row.getByRole('button', { name: 'Discard' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: 'Review barbados-country-report.pdf' }).first()).toContainText('Discarded');
    expect(queryTestDatabase<{ status: string }>('select status from import_batches where id = ?', batchId)[0]!.status).toBe('discarded');
  });

  test('every bad file gets its message and nothing is stored', async ({ page }) => {
    test.setTimeout(120_000);
    const bad: [string, { name: string; mimeType: string; buffer: Buffer }, string][] = [
      ['too large', { name: 'huge.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(21 * 1024 * 1024, 0x20)]) }, 'The file is larger than 20 MB.'],
      ['a PNG named .pdf', { name: 'report.pdf', mimeType: 'application/pdf', buffer: png() }, 'neither a PDF nor a text file'],
      ['an encrypted PDF', { name: 'locked.pdf', mimeType: 'application/pdf', buffer: await encryptedPdf(belizeReport.toString('utf8')) }, 'The PDF is encrypted'],
      ['a scan', { name: 'scan.pdf', mimeType: 'application/pdf', buffer: await imageOnlyPdf() }, 'it looks like a scan'],
      ['no report sheet', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Minutes of the meeting.\nNothing else.') }, 'No report sheet'],
    ];
    // Counted by file name: the other specs of this file upload reports in parallel.
    const stored = (name: string) => queryTestDatabase<{ n: number }>('select count(*) as n from import_batches where file_name = ?', name)[0]!.n;
    for (const [, file, message] of bad) {
      const count = stored(file.name);
      await upload(page, file);
      // (Next's route announcer is an alert too: look for the message.)
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
      expect(stored(file.name)).toBe(count);
    }
  });

  test('the import pages have no serious accessibility problems and fit a phone', async ({ page }) => {
    test.setTimeout(180_000); // axe over a review page of six records is slow on a busy machine
    await page.setViewportSize({ width: 1440, height: 1000 });
    const batchId = await uploadedBatch(page, { name: 'belize-a11y.txt', mimeType: 'text/plain', buffer: belizeReport });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('review-1440.png') });
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`/import/${batchId}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: test.info().outputPath('review-390.png') });
    await openForm(page, '/import');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('import-390.png') });
  });
});

async function asRole(browser: Browser, role: AccountKey) {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  return { context, page: await context.newPage() };
}

test('viewers and donors are refused the import pages and actions, and nothing changes', async ({ browser }) => {
  test.setTimeout(120_000);
  const editor = await asRole(browser, 'editor');
  const batchId = await uploadedBatch(editor.page, { name: 'refusal-check.txt', mimeType: 'text/plain', buffer: barbadosReport });
  const first = editor.page.locator('section[id^="proposal-"]').first();
  const save = await captureAction(editor.page, () => first.getByRole('button', { name: 'Save decisions' }).click());
  const accept = await captureAction(editor.page, () => editor.page.locator('section[id^="proposal-"]').nth(1).getByRole('button', { name: 'Accept record' }).click()).catch(() => null);
  await editor.context.close();
  const state = () => queryTestDatabase('select id, status, version, decisions, activity_id from import_proposals where batch_id = ? order by id', batchId);

  for (const role of ['viewer', 'canada'] as const) {
    const { context, page } = await asRole(browser, role);
    const before = { proposals: state(), batches: batches(), activities: queryTestDatabase('select count(*) as n from activities') };
    for (const url of ['/import', `/import/${batchId}`]) {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
    }
    await expect(page.getByRole('link', { name: 'Import' })).toHaveCount(0);
    const uploadResponse = await context.request.post('/api/import', { multipart: { file: { name: 'x.txt', mimeType: 'text/plain', buffer: barbadosReport } } });
    expect(uploadResponse.status()).toBe(403);
    for (const action of [save, accept].filter((a) => a !== null)) {
      const response = await replayAction(context.request, action);
      expect(response.status()).toBeLessThan(500);
      expect(await response.text()).toContain('You are not allowed to do this. Nothing was changed.');
    }
    expect({ proposals: state(), batches: batches(), activities: queryTestDatabase('select count(*) as n from activities') }).toEqual(before);
    await context.close();
  }
});
