import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import { reportText, type Translate } from './report-text';

/** The report's words in the reader's language (the page's and the PDF's alike). */
export async function loadReportText() {
  const [locale, translate] = await Promise.all([getLocale(), getTranslations()]);
  return reportText(locale, translate as unknown as Translate);
}
