import type { Db } from '../client';
import type { Viewer } from '../viewer';
import { getMemberState } from './countries';
import { listActivityCountries } from './profile-lists';
import { getReportBody, type ReportBody, type ReportCountry, type ReportFilters } from './report-sheets';

export interface CountryReport extends ReportBody {
  kind: 'country';
  country: ReportCountry;
}

/**
 * The report on one member state: its headline figures (people trained at events held there)
 * and the sheet of every activity that reaches it (or a page of them). Undefined when the code
 * is no member state, or when a donor asks for a country outside its portfolio (as if it did
 * not exist).
 */
export function getCountryReport(db: Db, params: { viewer: Viewer; code: string; filters: ReportFilters; page?: number }): CountryReport | undefined {
  const country = getMemberState(db, params.code);
  if (!country) return undefined;
  if (params.viewer.role === 'donor') {
    const reached = listActivityCountries(db, { viewer: params.viewer, filters: { country: country.code } });
    if (reached.length === 0) return undefined;
  }
  const body = getReportBody(db, { viewer: params.viewer, filters: { ...params.filters, country: country.code }, page: params.page });
  return { kind: 'country', country: { code: country.code, nameEn: country.nameEn, nameEs: country.nameEs }, ...body };
}
