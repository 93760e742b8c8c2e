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
  sheets: ReportSheet[];
}

/** The headline figures and every sheet the filters select, within what the viewer may see. */
export function getReportBody(db: Db, params: { viewer: Viewer; filters: DashboardFilters }): ReportBody {
  const { viewer, filters } = params;
  const rows = db
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

  const ids = rows.map((row) => row.id);
  const countries = listSheetCountries(db, ids);
  const funding = listFunding(db, ids);
  const events = listProfileEvents(db, { viewer, filters });
  const indicators = listIndicatorProgress(db, { viewer, filters });
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
