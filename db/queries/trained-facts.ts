import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { DashboardFilters } from '@/lib/dashboard-filters';
import type { Db } from '../client';
import { memoizeByData } from '../data-memo';
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
import { activities, donorEventRollups, eventRollups, events, memberStates, orgUnits, programs } from '../schema';
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
 * Where the sums can be read: the stored rollups hold the live events of live activities by
 * program, country and year, for everyone (event_rollups) and for each funding donor
 * (donor_event_rollups). They answer any filter on program, unit, country, subregion, or a period
 * of whole years; the donor rollups answer one donor's portfolio (a donor viewer, or staff
 * filtering by a donor). Anything else (a period not of whole years, a donor filtering by a
 * co-funder) is summed from the events.
 */
export type FactSource = { from: 'events' } | { from: 'rollups' } | { from: 'donorRollups'; donorId: number | null };

export function factSource(params: FactParams): FactSource {
  const { viewer } = params;
  const filters = params.filters ?? {};
  if (!isWholeYearStart(filters.from) || !isWholeYearEnd(filters.to)) return { from: 'events' };
  if (viewer.role !== 'donor') return filters.donor === undefined ? { from: 'rollups' } : { from: 'donorRollups', donorId: filters.donor };
  // A donor's own scope; an account without a donor matches nothing, as its scope does.
  if (filters.donor === undefined || filters.donor === viewer.donorId) return { from: 'donorRollups', donorId: viewer.donorId };
  return { from: 'events' };
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

const rollupsQuery = (db: Db, filters: DashboardFilters, source: FactSource) => {
  const table = source.from === 'donorRollups' ? donorEventRollups : eventRollups;
  const sums = {
    women: summed(table.trainedWomen),
    men: summed(table.trainedMen),
    notDisaggregated: summed(table.trainedNotDisaggregated),
    total: summed(table.trainedTotal),
    recordedWomen: summed(table.genderRecordedWomen),
    recordedBase: summed(table.genderRecordedBase),
    meetingParticipants: summed(table.meetingParticipants),
  };
  // Without a donor (the donor rollups of no donor) nothing matches.
  const where = and(
    rollupConditions(filters, table),
    source.from === 'donorRollups' ? (source.donorId === null ? sql`1 = 0` : eq(donorEventRollups.donorId, source.donorId)) : undefined,
  );
  return {
    byPlace: () => db.select({ countryCode: table.countryCode, year: table.year, ...sums }).from(table).where(where).groupBy(table.countryCode, table.year).all(),
    byProgram: () => db.select({ programId: table.programId, ...sums }).from(table).where(where).groupBy(table.programId).all(),
  };
};

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

/** The sums by place, read from the given source (factSource tells which can answer). */
export function listPlaceFactsFrom(db: Db, params: FactParams, source: FactSource): PlaceFact[] {
  return source.from === 'events' ? eventsQuery(db, params).byPlace() : rollupsQuery(db, params.filters ?? {}, source).byPlace();
}

export function listProgramFactsFrom(db: Db, params: FactParams, source: FactSource): ProgramFact[] {
  return source.from === 'events' ? eventsQuery(db, params).byProgram() : rollupsQuery(db, params.filters ?? {}, source).byProgram();
}

/** The key of a viewer's scope and filters: all the sums depend on. */
export const scopeKey = (params: FactParams) => JSON.stringify([params.viewer.role, params.viewer.donorId, params.filters ?? {}]);

// Read once, however many breakdowns a page draws from them, and kept until the data changes.
const placeFacts = memoizeByData((db: Db, params: FactParams) => listPlaceFactsFrom(db, params, factSource(params)), scopeKey);
const programFacts = memoizeByData((db: Db, params: FactParams) => listProgramFactsFrom(db, params, factSource(params)), scopeKey);

/** People by country and year, over the events the viewer may see under the filters. */
export const listPlaceFacts = (db: Db, params: FactParams): readonly PlaceFact[] => placeFacts(db, params);

/** People by program, over the events the viewer may see under the filters. */
export const listProgramFacts = (db: Db, params: FactParams): readonly ProgramFact[] => programFacts(db, params);
