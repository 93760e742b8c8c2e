import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { DashboardFilters } from '@/lib/dashboard-filters';
import { activityPeriodColumns } from '../activity-columns';
import type { Db } from '../client';
import { activityFilterCondition } from '../filter-conditions';
import { byActivity } from '../table-sql';
import { activities, activityCountries, memberStates, orgUnits, programs } from '../schema';
import type { Viewer } from '../viewer';
import { getHeadlineFigures, type HeadlineFigures } from './dashboard';
import { listIndicatorProgress, type IndicatorProgress } from './indicator-progress';
import { listFunding, listProfileEvents, type ProfileEvent } from './profile-lists';

// The activity sheets of a country or donor report, in the layout of the source documents:
// PROGRAM SUMMARY, OBJECTIVES, RESULTS (with the events and indicators the data adds) and the
// side panel. One query for both reports, under the same filters (and so the same scope) as
// the report's headline figures, so a sheet never shows what the cover does not count.

export interface ReportFilters {
  from?: string;
  to?: string;
  program?: number;
}

export interface ReportCountry {
  code: string;
  nameEn: string;
  nameEs: string;
}

export interface ReportSheet {
  id: number;
  name: string;
  programId: number;
  programName: string;
  unitCode: string;
  pillar: string | null;
  /** The activity's own summary, else its program's: the sheet's PROGRAM SUMMARY. */
  summary: string | null;
  objectives: string | null;
  results: string | null;
  commencementDate: string | null;
  commencementPrecision: 'day' | 'month' | 'year' | null;
  completionDate: string | null;
  completionPrecision: 'day' | 'month' | 'year' | null;
  isOngoing: boolean;
  targetBeneficiaries: string | null;
  additionalInfoUrl: string | null;
  countries: ReportCountry[];
  donors: { donorId: number; name: string; nameEs: string | null; amount: number | null; currency: string | null }[];
  events: ProfileEvent[];
  indicators: IndicatorProgress[];
}

export interface ReportBody {
  filters: ReportFilters;
  /** The name of the program the report is narrowed to, if it is. */
  programName: string | null;
  figures: HeadlineFigures;
  /** The sheets of the page asked for (every sheet when none was). */
  sheets: ReportSheet[];
  sheetPage: SheetPage;
}

/**
 * A report page shows this many sheets at most; the PDF holds them all. A busy country's year had
 * 2,000 of them at scale: 18 MB of HTML.
 */
export const SHEETS_PER_PAGE = 50;

/** Which sheets of how many a report holds: sheets first to last (1-based) of total. */
export interface SheetPage {
  page: number;
  pageCount: number;
  first: number;
  last: number;
  total: number;
}

/** The page of the sheets asked for, within the pages there are; every sheet without one. */
function sheetPage(total: number, page: number | undefined): SheetPage {
  if (page === undefined) return { page: 1, pageCount: 1, first: Math.min(1, total), last: total, total };
  const pageCount = Math.max(1, Math.ceil(total / SHEETS_PER_PAGE));
  const shown = Math.min(Math.max(1, page), pageCount);
  const first = (shown - 1) * SHEETS_PER_PAGE;
  return { page: shown, pageCount, first: Math.min(first + 1, total), last: Math.min(first + SHEETS_PER_PAGE, total), total };
}

/**
 * The headline figures and the sheets the filters select, within what the viewer may see: every
 * sheet, or one page of them (only that page's events and indicators are read).
 */
export function getReportBody(db: Db, params: { viewer: Viewer; filters: DashboardFilters; page?: number }): ReportBody {
  const { viewer, filters } = params;
  const allRows = db
    .select({
      id: activities.id,
      name: activities.name,
      programId: programs.id,
      programName: programs.name,
      unitCode: orgUnits.code,
      pillar: programs.pillar,
      summary: sql<string | null>`coalesce(${activities.summary}, ${programs.summary})`,
      objectives: sql<string | null>`coalesce(${activities.objectives}, ${programs.objectives})`,
      results: activities.results,
      ...activityPeriodColumns,
      targetBeneficiaries: activities.targetBeneficiaries,
      additionalInfoUrl: activities.additionalInfoUrl,
    })
    .from(activities)
    .innerJoin(programs, eq(activities.programId, programs.id))
    .innerJoin(orgUnits, eq(programs.unitId, orgUnits.id))
    .where(activityFilterCondition(viewer, filters))
    .orderBy(asc(programs.name), asc(activities.name), asc(activities.id))
    .all();

  const page = sheetPage(allRows.length, params.page);
  const rows = params.page === undefined ? allRows : allRows.slice(page.first - 1, page.last);
  const ids = rows.map((row) => row.id);
  const countries = listSheetCountries(db, ids);
  const funding = listFunding(db, ids);
  const activityIds = params.page === undefined ? undefined : ids;
  const events = listProfileEvents(db, { viewer, filters, activityIds });
  const indicators = listIndicatorProgress(db, { viewer, filters, activityIds });
  // Grouped once by activity: a report of a busy country holds hundreds of sheets.
  const countriesOf = byActivity(countries);
  const fundingOf = byActivity(funding);
  const eventsOf = byActivity(events);
  const indicatorsOf = byActivity(indicators);
  const sheets = rows.map((row) => ({
    ...row,
    countries: (countriesOf.get(row.id) ?? []).map(({ code, nameEn, nameEs }) => ({ code, nameEn, nameEs })),
    donors: (fundingOf.get(row.id) ?? []).map(({ donorId, name, nameEs, amount, currency }) => ({ donorId, name, nameEs, amount, currency })),
    events: eventsOf.get(row.id) ?? [],
    indicators: indicatorsOf.get(row.id) ?? [],
  }));
  return {
    filters: { from: filters.from, to: filters.to, program: filters.program },
    programName: filters.program === undefined ? null : (db.select({ name: programs.name }).from(programs).where(eq(programs.id, filters.program)).get()?.name ?? null),
    figures: getHeadlineFigures(db, { viewer, filters }),
    sheets,
    sheetPage: page,
  };
}

function listSheetCountries(db: Db, activityIds: number[]) {
  if (activityIds.length === 0) return [];
  return db
    .select({ activityId: activityCountries.activityId, code: memberStates.code, nameEn: memberStates.nameEn, nameEs: memberStates.nameEs })
    .from(activityCountries)
    .innerJoin(memberStates, eq(activityCountries.countryCode, memberStates.code))
    .where(inArray(activityCountries.activityId, activityIds))
    .orderBy(asc(memberStates.nameEn))
    .all();
}
