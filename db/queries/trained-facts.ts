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
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { activities, eventRollups, events, memberStates, orgUnits, programs } from '../schema';
import type { Viewer } from '../viewer';

// The participant figures every breakdown is made from: sums by country (where the event took
// place) and year (of its start), and sums by program, over the events the viewer may see under
// the filters. They come from the stored rollups when those hold exactly the events asked for, and
// are summed from the events otherwise (a donor's portfolio, a donor filter, a period that does
// not fall on whole years). Both give the same sums; db/queries/trained-facts.test.ts checks it.

/** Participant sums of one group of events. */
export interface ParticipantSums {
  women: number;
  men: number;
  notDisaggregated: number;
  total: number;
  /** Women, and women plus men, at training events where both are stated. */
  recordedWomen: number;
  recordedBase: number;
  meetingParticipants: number;
}

/** Sums by where (the event's country) and when (the year of its start): null is "not stated". */
export interface PlaceFact extends ParticipantSums {
  countryCode: string | null;
  year: string | null;
}

/** Sums by program. */
export interface ProgramFact extends ParticipantSums {
  programId: number;
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

interface RollupColumns {
  programId: SQLiteColumn;
  countryCode: SQLiteColumn;
  year?: SQLiteColumn;
}

/** The filters as conditions on a rollup's keys (a period needs its year column). */
export function rollupConditions(filters: DashboardFilters, columns: RollupColumns = eventRollups): SQL | undefined {
  return and(
    filters.program === undefined ? undefined : eq(columns.programId, filters.program),
    filters.unit === undefined
      ? undefined
      : sql`${columns.programId} in (select ${programs.id} from ${programs} inner join ${orgUnits} on ${orgUnits.id} = ${programs.unitId} where ${orgUnits.code} = ${filters.unit})`,
    filters.country === undefined ? undefined : eq(columns.countryCode, filters.country),
    filters.subregion === undefined ? undefined : sql`${columns.countryCode} in (${subregionCountries(filters.subregion)})`,
    filters.from === undefined ? undefined : sql`${columns.year} >= ${filters.from.slice(0, 4)}`,
    filters.to === undefined ? undefined : sql`${columns.year} <= ${filters.to.slice(0, 4)}`,
  );
}

const summed = (column: SQLiteColumn) => sql<number>`coalesce(sum(${column}), 0)`.mapWith(Number);

const rollupSums = {
  women: summed(eventRollups.trainedWomen),
  men: summed(eventRollups.trainedMen),
  notDisaggregated: summed(eventRollups.trainedNotDisaggregated),
  total: summed(eventRollups.trainedTotal),
  recordedWomen: summed(eventRollups.genderRecordedWomen),
  recordedBase: summed(eventRollups.genderRecordedBase),
  meetingParticipants: summed(eventRollups.meetingParticipants),
};

const rollupsQuery = (db: Db, filters: DashboardFilters) => ({
  byPlace: () =>
    db
      .select({ countryCode: eventRollups.countryCode, year: eventRollups.year, ...rollupSums })
      .from(eventRollups)
      .where(rollupConditions(filters))
      .groupBy(eventRollups.countryCode, eventRollups.year)
      .all(),
  byProgram: () => db.select({ programId: eventRollups.programId, ...rollupSums }).from(eventRollups).where(rollupConditions(filters)).groupBy(eventRollups.programId).all(),
});

const eventYear = sql<string | null>`substr(${events.startDate}, 1, 4)`;

const eventSums = {
  women: trainedWomen,
  men: trainedMen,
  notDisaggregated: trainedNotDisaggregated,
  total: trainedTotal,
  recordedWomen: genderRecordedWomen,
  recordedBase: genderRecordedBase,
  meetingParticipants,
};

const eventsQuery = (db: Db, params: FactParams) => {
  const select = <T extends Record<string, SQLiteColumn | SQL>>(keys: T) =>
    db
      .select({ ...keys, ...eventSums })
      .from(events)
      .innerJoin(activities, eq(events.activityId, activities.id))
      .where(eventFilterCondition(params.viewer, params.filters ?? {}))
      .groupBy(...Object.values(keys));
  return {
    byPlace: () => select({ countryCode: events.countryCode, year: eventYear }).all(),
    byProgram: () => select({ programId: activities.programId }).all(),
  };
};

/** The sums by place, from the rollups (when asked) or the events, whichever answers. */
export function listPlaceFactsFrom(db: Db, params: FactParams, source: 'rollups' | 'events'): PlaceFact[] {
  return source === 'rollups' ? rollupsQuery(db, params.filters ?? {}).byPlace() : eventsQuery(db, params).byPlace();
}

export function listProgramFactsFrom(db: Db, params: FactParams, source: 'rollups' | 'events'): ProgramFact[] {
  return source === 'rollups' ? rollupsQuery(db, params.filters ?? {}).byProgram() : eventsQuery(db, params).byProgram();
}

const sourceFor = (viewer: Viewer, filters: DashboardFilters) => (rollupsAnswer({ viewer, filters }) ? 'rollups' : 'events');

// Read once per request, however many breakdowns a page draws from them.
const placeFactsOnce = cache((db: Db, viewer: Viewer, filters: DashboardFilters) => listPlaceFactsFrom(db, { viewer, filters }, sourceFor(viewer, filters)));
const programFactsOnce = cache((db: Db, viewer: Viewer, filters: DashboardFilters) => listProgramFactsFrom(db, { viewer, filters }, sourceFor(viewer, filters)));

const noFilters: DashboardFilters = {};

/** People by country and year, over the events the viewer may see under the filters. */
export const listPlaceFacts = (db: Db, params: FactParams) => placeFactsOnce(db, params.viewer, params.filters ?? noFilters);

/** People by program, over the events the viewer may see under the filters. */
export const listProgramFacts = (db: Db, params: FactParams) => programFactsOnce(db, params.viewer, params.filters ?? noFilters);
