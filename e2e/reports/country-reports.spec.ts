import { expect, test } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { expectReportPage, expectReportPdf } from './report-checks';
import { antiguaAndBarbuda, barbados, belize, type ReportFacts } from './source-facts';

test.use({ storageState: storageStateOf('viewer') });

const reports: [string, ReportFacts][] = [
  ['BZ', belize],
  ['BB', barbados],
  ['AG', antiguaAndBarbuda],
];

for (const [code, facts] of reports) {
  test(`${facts.title}: the page and its PDF carry the source documents' facts`, async ({ page }) => {
    await page.goto(`/countries/${code}`);
    await page.getByRole('link', { name: 'Report', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/countries/${code}/report$`));
    await expectReportPage(page, facts);
    await expect(page.getByTestId('report-period')).toHaveText('all dates');

    const pdf = await expectReportPdf(await page.request.get(`/countries/${code}/report/pdf`), facts, new RegExp(`country-report-${code}-\\d{4}-\\d{2}-\\d{2}\\.pdf`));
    // The sheets keep the sources' headings and side-panel labels, in the sources' order.
    const order = ['PROGRAM SUMMARY', 'OBJECTIVES', 'RESULTS', 'OAS Pillar', 'Name of Activity', 'Date', 'Target Beneficiaries', 'Donor Countries', 'Additional Information'];
    const sheetPage = pdf.pages[1]!;
    const positions = order.map((label) => sheetPage.indexOf(label));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
}

test('the Download PDF link downloads the report as a file', async ({ page }) => {
  await page.goto('/countries/BZ/report');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download PDF' }).click();
  expect((await download).suggestedFilename()).toMatch(/^country-report-BZ-\d{4}-\d{2}-\d{2}\.pdf$/);
});

test('the period and program filters narrow the report, and its PDF with it', async ({ page }) => {
  await page.goto('/countries/BZ/report');
  await page.getByLabel('From', { exact: true }).fill('2017-01-01');
  await page.getByLabel('To', { exact: true }).fill('2017-12-31');
  await page.getByLabel('Program', { exact: true }).selectOption({ label: 'Maritime Security Program' });
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/from=2017-01-01&to=2017-12-31&program=\d+/);
  await expect(page.getByTestId('report-period')).toHaveText('1/1/2017 to 12/31/2017');
  await expect(page.getByTestId('report-program')).toHaveText('Maritime Security Program');
  await expect(page.getByTestId('report-sheet')).toHaveCount(1);
  await expect(page.getByRole('article', { name: 'Port Evaluations and Assessments' })).toBeVisible();

  const href = await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href');
  expect(href).toMatch(/^\/countries\/BZ\/report\/pdf\?from=2017-01-01&to=2017-12-31&program=\d+$/);
  const pdf = await expectReportPdf(await page.request.get(href!), { ...belize, peopleTrained: '0', women: '0', men: '0', notDisaggregated: '0', sheets: [belize.sheets[0]!] }, /country-report-BZ-[\d-]+\.pdf/);
  expect(pdf.text).toContain('Period: 1/1/2017 to 12/31/2017');
  expect(pdf.text).not.toContain('Tourism Security Workshop');
});

test('bad filter values are named and ignored, never an error', async ({ page }) => {
  const bad = `?from=2017-13-45&to=${'9'.repeat(300)}&program=${encodeURIComponent("1' OR '1'='1<script>alert(1)</script>")}`;
  const response = await page.goto(`/countries/BZ/report${bad}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId('ignored-filters')).toContainText('From, To, Program');
  await expect(page.getByTestId('report-period')).toHaveText('all dates');
  await expect(page.getByTestId('report-sheet')).toHaveCount(6);

  const outOfOrder = await page.goto('/countries/BZ/report?from=2018-01-01&to=2017-01-01&program=-1');
  expect(outOfOrder?.status()).toBe(200);
  await expect(page.getByTestId('ignored-filters')).toBeVisible();

  const pdf = await page.request.get(`/countries/BZ/report/pdf${bad}`);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

for (const code of ['XX', 'BZZ', '1', '%3Cscript%3E']) {
  test(`an unknown country has no report and no PDF: ${code}`, async ({ page }) => {
    expect((await page.goto(`/countries/${code}/report`))?.status()).toBe(404);
    expect((await page.request.get(`/countries/${code}/report/pdf`)).status()).toBe(404);
  });
}
