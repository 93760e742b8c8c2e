import { z } from 'zod';
import type { ReportFilters } from '@/db/queries/report-sheets';
import { keepKnownChoices, parseDashboardFilters, type FilterKey } from '@/lib/dashboard-filters';

// A report's filters in the URL: the period and the program, checked by the dashboard's zod
// schema. Anything else in the URL (a country or donor) is not the report's to choose: the
// report's own path says which country or donor it is about.

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

export const reportFilterKeys = ['from', 'to', 'program'] as const satisfies readonly FilterKey[];

/** The period and program of a report; an invalid one, or a program the viewer cannot see, is dropped and named. */
export function parseReportFilters(params: RawParams, knownPrograms: ReadonlySet<string>): { filters: ReportFilters; ignored: FilterKey[] } {
  const parsed = parseDashboardFilters(params);
  const { from, to, program } = parsed.filters;
  const ignored = parsed.ignored.filter((key) => (reportFilterKeys as readonly FilterKey[]).includes(key));
  const none = new Set<string>();
  const kept = keepKnownChoices({ filters: { from, to, program }, ignored }, { program: knownPrograms, unit: none, country: none, donor: none });
  return { filters: { from: kept.filters.from, to: kept.filters.to, program: kept.filters.program }, ignored: kept.ignored };
}

/** The query string of a report's filters (for its PDF link), empty ones left out. */
export function reportQuery(filters: ReportFilters): string {
  const params = new URLSearchParams();
  for (const key of reportFilterKeys) if (filters[key] !== undefined) params.set(key, String(filters[key]));
  const query = params.toString();
  return query ? `?${query}` : '';
}

const pageSchema = z.coerce.number().int().min(1).max(1_000_000);

/** The page of sheets the URL asks for: a whole number from 1, else the first (past the last, the page shows the last). */
export function parseReportPage(params: URLSearchParams): number {
  const page = pageSchema.safeParse(params.get('page') ?? undefined);
  return page.success ? page.data : 1;
}

/** The query string of one page of a report's sheets, under its filters. */
export function reportPageQuery(filters: ReportFilters, page: number): string {
  const params = new URLSearchParams(reportQuery(filters));
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `?${query}` : '';
}
