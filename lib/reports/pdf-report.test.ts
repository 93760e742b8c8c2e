import { createTranslator } from 'next-intl';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCountryReport } from '@/db/queries/country-report';
import { getDonorReport } from '@/db/queries/donor-report';
import type { Db } from '@/db/client';
import { loadMessages } from '@/i18n/messages';
import { openDemoDatabase } from '@/test/temp-database';
import { readPdf } from '@/test/pdf-text';
import { donorViewer, staffViewer } from '@/test/viewers';
import { reportPdfBytes } from '@/test/report-pdf-bytes';
import { reportText, type Translate } from './report-text';

let db: Db;
beforeAll(() => {
  db = openDemoDatabase();
});

async function textIn(locale: 'en' | 'es') {
  const translate = createTranslator({ locale, messages: await loadMessages(locale) });
  return reportText(locale, translate as unknown as Translate);
}

const now = new Date('2026-11-26T10:00:00Z');

describe('report PDF', () => {
  it("is a PDF whose text holds Belize's sheets, in the sources' labels and order, and its title", async () => {
    const report = getCountryReport(db, { viewer: staffViewer(), code: 'BZ', filters: {} })!;
    const bytes = await reportPdfBytes(report, await textIn('en'), now);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await readPdf(bytes);
    expect(pdf.title).toBe('Country report: Belize');
    // A cover, then at least one page per sheet.
    expect(pdf.pages.length).toBeGreaterThanOrEqual(1 + report.sheets.length);
    expect(pdf.pages[0]).toContain('People trained 23');

    const port = pdf.pages.find((page) => page.includes('Name of Activity Port Evaluations and Assessments'))!;
    expect(port).toBeDefined();
    const order = ['PROGRAM SUMMARY', 'OBJECTIVES', 'RESULTS', 'OAS Pillar', 'Name of Activity', 'Date', 'Target Beneficiaries', 'Donor Countries', 'Additional Information'];
    const positions = order.map((label) => port.indexOf(label));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(port).toContain('Date 4/12/2017 to 12/31/2017');
    expect(port).toContain('Target Beneficiaries Agencies for port/maritime security in Belize');
    expect(port).toContain('Donor Countries Canada');

    expect(pdf.text).toContain('Tourism Security Workshop, Belize City');
    expect(pdf.text).toMatch(/Tourism Security Workshop, Belize City .*1 22 0 ~23/);
    pdf.pages.forEach((page, index) => expect(page).toContain(`Country report: Belize · Page ${index + 1}`));
  });

  it('renders Spanish labels and accents (Canadá, Antigua y Barbuda, RESUMEN DEL PROGRAMA)', async () => {
    const canada = donorViewer(db, 'Canada');
    const report = getDonorReport(db, { viewer: canada, id: canada.donorId!, filters: {} })!;
    const pdf = await readPdf(await reportPdfBytes(report, await textIn('es'), now));
    expect(pdf.title).toBe('Informe de donante: Canadá');
    for (const label of ['RESUMEN DEL PROGRAMA', 'OBJETIVOS', 'RESULTADOS', 'Pilar de la OEA', 'Países donantes', 'Información adicional', 'ANTIGUA Y BARBUDA', 'Personas capacitadas 68']) {
      expect(pdf.text).toContain(label);
    }
    expect(pdf.text).toContain('Países donantes Canadá');
  });

  it('says so when no sheet matches, and still numbers its one page', async () => {
    const report = getCountryReport(db, { viewer: staffViewer(), code: 'CL', filters: {} })!;
    const pdf = await readPdf(await reportPdfBytes(report, await textIn('en'), now));
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.text).toContain('No activity matches this report');
    expect(pdf.text).toContain('Country report: Chile · Page 1');
  });
});
