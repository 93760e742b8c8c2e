import { expect, test } from '@playwright/test';
import { readPdf } from '@/test/pdf-text';
import { storageStateOf } from '../support/accounts';
import { seriousViolations } from '../support/axe';
import { baseURL } from '../support/environment';
import { demoIds } from '../profiles/demo-ids';

test.use({ storageState: storageStateOf('viewer') });

const pages = [
  ['the Belize report', () => '/countries/BZ/report', 'Country report: Belize'],
  ["Canada's report", () => `/donors/${demoIds().donor('Canada')}/report`, 'Donor report: Canada'],
] as const;

for (const [name, path, title] of pages) {
  for (const width of [1440, 390]) {
    test(`${name} at ${width} pixels: no serious accessibility violation, nothing wider than the screen`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path());
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath(`report-${width}.png`), fullPage: true });
    });
  }
}

test("printing hides the app's frame and gives A4 and Letter pages, each sheet on a page of its own", async ({ page }, testInfo) => {
  await page.goto('/countries/BB/report');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Download PDF' })).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('report-print.png'), fullPage: true });

  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await readPdf(await page.pdf({ format, printBackground: true }));
    // The cover, then the two Barbados sheets, each starting a page.
    expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
    expect(pdf.pages[0]).toContain('Country report: Barbados');
    expect(pdf.pages[0]).not.toContain('Dashboard');
    // Each page opens with its number, printed in the @page margin box.
    pdf.pages.forEach((text, index) => expect(text.startsWith(`${index + 1} / ${pdf.pages.length} `)).toBe(true));
    expect(pdf.pages[1]).toMatch(/^\d+ \/ \d+ Asset Recovery Inter-Agency Network for the Caribbean \(ARIN-CARIB\)/);
    expect(pdf.pages.some((text) => /^\d+ \/ \d+ Air Cargo Workshop/.test(text))).toBe(true);
  }
});

test('in Spanish: the sources\' Spanish headings, and a PDF with its accents', async ({ page, context }) => {
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'es', url: baseURL }]);
  await page.goto('/countries/AG/report');
  await expect(page.getByRole('heading', { level: 1, name: 'Informe de país: Antigua y Barbuda' })).toBeVisible();
  for (const heading of ['RESUMEN DEL PROGRAMA', 'OBJETIVOS', 'RESULTADOS']) {
    await expect(page.getByRole('heading', { level: 4, name: heading })).toBeVisible();
  }
  await expect(page.getByRole('complementary')).toContainText('Países donantesCanadá');

  const response = await page.request.get('/countries/AG/report/pdf');
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="informe-pais-AG-[\d-]+\.pdf"$/);
  const pdf = await readPdf(await response.body());
  expect(pdf.title).toBe('Informe de país: Antigua y Barbuda');
  for (const text of ['RESUMEN DEL PROGRAMA', 'OBJETIVOS', 'RESULTADOS', 'Pilar de la OEA', 'Países donantes Canadá', 'Información adicional', 'Personas capacitadas 45', 'Informe de país: Antigua y Barbuda · Página 1']) {
    expect(pdf.text).toContain(text);
  }
});
