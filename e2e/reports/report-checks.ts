import { expect, type APIResponse, type Page } from '@playwright/test';
import { readPdf } from '@/test/pdf-text';
import type { ReportFacts } from './source-facts';
import { pdfFacts } from './source-facts';

/** The report page shows the cover's figures and, on each sheet, the sources' facts. */
export async function expectReportPage(page: Page, facts: ReportFacts) {
  await expect(page.getByRole('heading', { level: 1, name: facts.title })).toBeVisible();
  await expect(page.getByTestId('report-people-trained')).toContainText(facts.peopleTrained);
  await expect(page.getByTestId('report-women')).toContainText(facts.women);
  await expect(page.getByTestId('report-men')).toContainText(facts.men);
  await expect(page.getByTestId('report-not-disaggregated')).toContainText(facts.notDisaggregated);

  for (const fact of facts.sheets) {
    const sheet = page.getByRole('article', { name: fact.name }).first();
    await expect(sheet).toBeVisible();
    for (const heading of ['PROGRAM SUMMARY', 'OBJECTIVES', 'RESULTS']) {
      await expect(sheet.getByRole('heading', { level: 4, name: heading })).toBeVisible();
    }
    const panel = sheet.getByRole('complementary');
    await expect(panel).toContainText(`Name of Activity${fact.name}`);
    if (fact.date) await expect(panel).toContainText(`Date${fact.date}`);
    if (fact.donors) await expect(panel).toContainText(`Donor Countries${fact.donors}`);
    if (fact.targetBeneficiaries) await expect(panel).toContainText(`Target Beneficiaries${fact.targetBeneficiaries}`);
    if (fact.event) {
      const row = sheet.getByRole('row').filter({ has: page.getByRole('rowheader', { name: fact.event.title }) });
      await expect(row.getByRole('cell')).toHaveText(fact.event.cells);
    }
  }
}

/** The PDF answer is a real PDF download whose text holds the same facts, with the title in its metadata. */
export async function expectReportPdf(response: APIResponse, facts: ReportFacts, fileName: RegExp) {
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['content-disposition']).toMatch(new RegExp(`^attachment; filename="${fileName.source}"$`));
  const bytes = await response.body();
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pdf = await readPdf(bytes);
  expect(pdf.title).toBe(facts.title);
  for (const fact of pdfFacts(facts)) expect(pdf.text).toContain(fact);
  return pdf;
}
