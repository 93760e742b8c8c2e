import { cache } from 'react';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { DashboardFilters } from '@/lib/dashboard-filters';
import type { Db } from '../client';
import { eventFilterCondition } from '../filter-conditions';
import {
  genderRecordedBase,
  genderRecordedWomen,
  meetingParticipants,
  trainedMen,
  trainedNotDisaggregated,
  trainedTotal,
  trainedWomen,
} from '../participants';
import { activities, eventRollups, events, memberStates, orgUnits, programs } from '../schema';
import type { Viewer } from '../viewer';

// The participant figures every breakdown is made from: sums by program, country (where the
// event took place) and year (of its start), over the events the viewer may see under the
// filters. They come from the stored rollups when those hold exactly the events asked for, and
// are summed from the events otherwise (a donor's portfolio, a donor filter, a period that does
// not fall on whole years). Both give the same sums; db/queries/trained-facts.test.ts checks it.

export interface TrainedFact {
  programId: number;
  countryCode: string | null;
  year: string | null;
  women: number;
  men: number;
  notDisaggregated: number;
  total: number;
  /** Women, and women plus men, at training events where both are stated. */
  recordedWomen: number;
  recordedBase: number;
  meetingParticipants: number;
}

interface FactParams {
  viewer: Viewer;
  filters?: DashboardFilters;
}

const isWholeYearStart = (date: string | undefined) => date === undefined || date.endsWith('-01-01');
const isWholeYearEnd = (date: string | undefined) => date === undefined || date.endsWith('-12-31');

/**
 * The rollups hold the live events of live activities, whoever funds them: they answer staff, and
 * any filter on program, unit, country, subregion, or a period of whole years.
 */
export function rollupsAnswer(params: FactParams): boolean {
  const filters = params.filters ?? {};
  return params.viewer.role !== 'donor' && filters.donor === undefined && isWholeYearStart(filters.from) && isWholeYearEnd(filters.to);
}

const subregionCountries = (subregion: string) => sql`select ${memberStates.code} from ${memberStates} where ${memberStates.subregion} = ${subregion}`;

function rollupConditions(filters: DashboardFilters): SQL | undefined {
  return and(
    filters.program === undefined ? undefined : eq(eventRollups.programId, filters.program),
    filters.unit === undefined
      ? undefined
      : sql`${eventRollups.programId} in (select ${programs.id} from ${programs} inner join ${orgUnits} on ${orgUnits.id} = ${programs.unitId} where ${orgUnits.code} = ${filters.unit})`,
    filters.country === undefined ? undefined : eq(eventRollups.countryCode, filters.country),
    filters.subregion === undefined ? undefined : sql`${eventRollups.countryCode} in (${subregionCountries(filters.subregion)})`,
    filters.from === undefined ? undefined : sql`${eventRollups.year} >= ${filters.from.slice(0, 4)}`,
    filters.to === undefined ? undefined : sql`${eventRollups.year} <= ${filters.to.slice(0, 4)}`,
  );
}

export function listFactsFromRollups(db: Db, filters: DashboardFilters): TrainedFact[] {
  return db
    .select({
      programId: eventRollups.programId,
      countryCode: eventRollups.countryCode,
      year: eventRollups.year,
      women: eventRollups.trainedWomen,
      men: eventRollups.trainedMen,
      notDisaggregated: eventRollups.trainedNotDisaggregated,
      total: eventRollups.trainedTotal,
      recordedWomen: eventRollups.genderRecordedWomen,
      recordedBase: eventRollups.genderRecordedBase,
      meetingParticipants: eventRollups.meetingParticipants,
    })
    .from(eventRollups)
    .where(rollupConditions(filters))
    .all();
}

const eventYear = sql<string | null>`substr(${events.startDate}, 1, 4)`;

export function listFactsFromEvents(db: Db, params: FactParams): TrainedFact[] {
  return db
    .select({
      programId: activities.programId,
      countryCode: events.countryCode,
      year: eventYear,
      women: trainedWomen,
      men: trainedMen,
      notDisaggregated: trainedNotDisaggregated,
      total: trainedTotal,
      recordedWomen: genderRecordedWomen,
      recordedBase: genderRecordedBase,
      meetingParticipants,
    })
    .from(events)
    .innerJoin(activities, eq(events.activityId, activities.id))
    .where(eventFilterCondition(params.viewer, params.filters ?? {}))
    .groupBy(activities.programId, events.countryCode, eventYear)
    .all();
}

/** The facts of one request: read once, however many breakdowns a page draws from them. */
const listFactsOnce = cache((db: Db, viewer: Viewer, filters: DashboardFilters): TrainedFact[] =>
  rollupsAnswer({ viewer, filters }) ? listFactsFromRollups(db, filters) : listFactsFromEvents(db, { viewer, filters }),
);

const noFilters: DashboardFilters = {};

export const listTrainedFacts = (db: Db, params: FactParams) => listFactsOnce(db, params.viewer, params.filters ?? noFilters);
