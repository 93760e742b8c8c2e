import { Link } from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';
import type { ReportFilters } from '@/db/queries/report-sheets';
import { reportQuery } from '@/lib/reports/report-filters';
import { PrintButton } from './print-button';

interface Props {
  /** The report page's own path, e.g. /countries/BZ/report. */
  path: string;
  filters: ReportFilters;
  programs: { id: number; name: string }[];
  back: { href: string; label: string };
}

/**
 * Above the report, never printed: the way back, the period and program filters (a plain GET
 * form, so they live in the URL and work without JavaScript), the PDF download and print.
 */
export async function ReportToolbar({ path, filters, programs, back }: Props) {
  const [t, tFilters] = await Promise.all([getTranslations('reports'), getTranslations('filters')]);
  const field = 'w-full min-w-0 rounded border border-slate-300 bg-white px-2 py-1.5';
  return (
    <div className="space-y-3 print:hidden">
      <nav aria-label={t('actionsLabel')} className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <Link href={back.href} className="text-oas-blue underline">
          {back.label}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <a href={`${path}/pdf${reportQuery(filters)}`} download className="rounded bg-oas-blue px-3 py-1.5 font-medium text-white hover:bg-oas-blue/90">
            {t('downloadPdf')}
          </a>
          <PrintButton label={t('print')} />
        </div>
      </nav>
      <form method="get" action={path} aria-label={t('filtersLabel')} className="grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4">
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="report-from" className="text-sm font-medium text-slate-700">{tFilters('from')}</label>
          <input id="report-from" name="from" type="date" defaultValue={filters.from ?? ''} className={field} />
        </div>
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="report-to" className="text-sm font-medium text-slate-700">{tFilters('to')}</label>
          <input id="report-to" name="to" type="date" defaultValue={filters.to ?? ''} className={field} />
        </div>
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="report-program" className="text-sm font-medium text-slate-700">{tFilters('program')}</label>
          <select id="report-program" name="program" defaultValue={filters.program === undefined ? '' : String(filters.program)} className={field}>
            <option value="">{t('anyProgram')}</option>
            {programs.map((program) => (
              <option key={program.id} value={program.id}>
                {program.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded bg-oas-blue px-4 py-1.5 font-medium text-white hover:bg-oas-blue/90">
            {t('applyFilters')}
          </button>
          <Link href={path} className="py-1.5 text-oas-blue underline">
            {t('clearFilters')}
          </Link>
        </div>
      </form>
    </div>
  );
}
