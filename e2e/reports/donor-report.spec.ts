import { expect, test } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { demoIds } from '../profiles/demo-ids';
import { expectReportPage, expectReportPdf } from './report-checks';
import { canada } from './source-facts';

test.describe('signed in as Canada', () => {
  test.use({ storageState: storageStateOf('canada') });

  test('its own report: the sheets grouped by country, 68 trained (1 woman, 22 men, 45 not disaggregated), and its PDF', async ({ page }) => {
    const id = demoIds().donor('Canada');
    await page.goto(`/donors/${id}`);
    await page.getByRole('link', { name: 'Report', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/donors/${id}/report$`));
    await expectReportPage(page, canada);
    await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: /^(Antigua and Barbuda|Belize)$/ })).toHaveText(['Antigua and Barbuda', 'Belize']);
    await expect(page.getByTestId('report-countries-reached')).toContainText('2');

    const pdf = await expectReportPdf(await page.request.get(`/donors/${id}/report/pdf`), canada, /donor-report-canada-\d{4}-\d{2}-\d{2}\.pdf/);
    expect(pdf.text).toContain('ANTIGUA AND BARBUDA');
    expect(pdf.text).toContain('BELIZE');
  });

  test("another donor's report and a country outside its portfolio: no page, no PDF", async ({ page }) => {
    const usa = demoIds().donor('United States');
    expect((await page.goto(`/donors/${usa}/report`))?.status()).toBe(404);
    expect((await page.request.get(`/donors/${usa}/report/pdf`)).status()).toBe(404);
    // Barbados has no activity Canada funds.
    expect((await page.goto('/countries/BB/report'))?.status()).toBe(404);
    expect((await page.request.get('/countries/BB/report/pdf')).status()).toBe(404);
    await page.goto('/countries/BB');
    await expect(page.getByRole('link', { name: 'Report', exact: true })).toHaveCount(0);
  });

  test('a country report in its portfolio holds only the sheets it funds', async ({ page }) => {
    await page.goto('/countries/BZ/report');
    await expect(page.getByTestId('report-sheet')).toHaveCount(2);
    await expect(page.getByTestId('report-people-trained')).toContainText('23');
    const pdf = await page.request.get('/countries/BZ/report/pdf');
    expect(pdf.status()).toBe(200);
  });
});

test.describe('signed in as the United States', () => {
  test.use({ storageState: storageStateOf('usa') });

  test("Canada's report is refused, as page and as PDF", async ({ page }) => {
    const id = demoIds().donor('Canada');
    expect((await page.goto(`/donors/${id}/report`))?.status()).toBe(404);
    expect((await page.request.get(`/donors/${id}/report/pdf`)).status()).toBe(404);
    expect((await page.request.get('/countries/BZ/report/pdf')).status()).toBe(404);
  });
});

test.describe('signed in as a viewer', () => {
  test.use({ storageState: storageStateOf('viewer') });

  test("staff get Canada's report too", async ({ page }) => {
    await page.goto(`/donors/${demoIds().donor('Canada')}/report`);
    await expectReportPage(page, canada);
  });
});

test.describe('not signed in', () => {
  test('the report page and its PDF send to the sign-in page', async ({ page, playwright, baseURL }) => {
    await page.goto('/countries/BZ/report');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcountries%2FBZ%2Freport/);

    const anonymous = await playwright.request.newContext({ baseURL });
    const response = await anonymous.get(`/donors/${demoIds().donor('Canada')}/report/pdf`, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()['location']).toContain('/login');
    await anonymous.dispose();
  });
});
