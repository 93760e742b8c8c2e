// The app's own country-report PDF, made by the functions its PDF route uses.
import { createTranslator } from 'next-intl';
import type { Db } from '@/db/client';
import { getCountryReport } from '@/db/queries/country-report';
import { loadMessages } from '@/i18n/messages';
import { reportPdfBytes } from './report-pdf-bytes';
import { reportText, type Translate } from '@/lib/reports/report-text';
import { staffViewer } from './viewers';

/** A country's report PDF as the PDF route makes it for a staff viewer, without filters. */
export async function countryReportPdf(db: Db, code: string, locale: 'en' | 'es' = 'en'): Promise<Buffer> {
  const report = getCountryReport(db, { viewer: staffViewer(), code, filters: {} });
  if (!report) throw new Error(`No country report for ${code}`);
  const translate = createTranslator({ locale, messages: await loadMessages(locale) });
  return reportPdfBytes(report, reportText(locale, translate as unknown as Translate));
}
