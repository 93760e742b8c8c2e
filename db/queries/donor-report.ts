import type { Db } from '../client';
import type { Viewer } from '../viewer';
import { getDonorProfile } from './donor-profile';
import { getReportBody, type ReportBody, type ReportCountry, type ReportFilters, type ReportSheet } from './report-sheets';

export interface DonorReportGroup {
  /** Null: the activities that state no country. */
  country: ReportCountry | null;
  sheets: ReportSheet[];
}

export interface DonorReport extends ReportBody {
  kind: 'donor';
  donor: { id: number; name: string; nameEs: string | null };
  /** The sheets grouped by country; an activity in several countries appears under each. */
  groups: DonorReportGroup[];
}

/**
 * The report on a donor's portfolio, grouped by country (a page of its sheets, grouped in turn).
 * Undefined for an unknown donor and, for a donor account, for any donor but its own (the
 * profile's rule, from the same query).
 */
export function getDonorReport(db: Db, params: { viewer: Viewer; id: number; filters: ReportFilters; page?: number }): DonorReport | undefined {
  const donor = getDonorProfile(db, { viewer: params.viewer, id: params.id });
  if (!donor) return undefined;
  const body = getReportBody(db, { viewer: params.viewer, filters: { ...params.filters, donor: donor.id }, page: params.page });
  return { kind: 'donor', donor: { id: donor.id, name: donor.name, nameEs: donor.nameEs }, ...body, groups: groupByCountry(body.sheets) };
}

/** Countries in alphabetical (English) order, the sheets without a country last. */
export function groupByCountry(sheets: ReportSheet[]): DonorReportGroup[] {
  const groups = new Map<string, DonorReportGroup>();
  const unplaced: ReportSheet[] = [];
  for (const sheet of sheets) {
    if (sheet.countries.length === 0) unplaced.push(sheet);
    for (const country of sheet.countries) {
      const group = groups.get(country.code) ?? { country, sheets: [] };
      group.sheets.push(sheet);
      groups.set(country.code, group);
    }
  }
  const placed = [...groups.values()].sort((a, b) => a.country!.nameEn.localeCompare(b.country!.nameEn, 'en'));
  return unplaced.length > 0 ? [...placed, { country: null, sheets: unplaced }] : placed;
}
