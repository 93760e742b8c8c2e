import { Link } from '@/components/ui/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReportFilters, SheetPage } from '@/db/queries/report-sheets';
import { reportPageQuery } from '@/lib/reports/report-filters';

interface Props {
  /** The report page's own path, e.g. /countries/BZ/report. */
  path: string;
  filters: ReportFilters;
  sheetPage: SheetPage;
  /** Above the sheets or below them: each landmark is named apart. */
  at: 'start' | 'end';
}

/** Which sheets this page shows, and the way to the others, when the report has more than one page of them; never printed. */
export async function ReportPages({ path, filters, sheetPage, at }: Props) {
  if (sheetPage.pageCount <= 1) return null;
  const [t, format] = await Promise.all([getTranslations('reports'), getFormatter()]);
  const { page, pageCount, first, last, total } = sheetPage;
  const pageLink = (target: number, label: string, disabled: boolean) =>
    disabled ? (
      <span aria-disabled="true" className="text-slate-500">
        {label}
      </span>
    ) : (
      <Link href={`${path}${reportPageQuery(filters, target)}`} className="text-oas-blue underline">
        {label}
      </Link>
    );
  return (
    <nav
      aria-label={t(at === 'start' ? 'sheetPages' : 'sheetPagesEnd')}
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm print:hidden"
    >
      <p data-testid="report-sheet-range">{t('sheetsShown', { first: format.number(first), last: format.number(last), total: format.number(total) })}</p>
      <div className="flex gap-4">
        {pageLink(page - 1, t('previousSheets'), page <= 1)}
        {pageLink(page + 1, t('nextSheets'), page >= pageCount)}
      </div>
    </nav>
  );
}
