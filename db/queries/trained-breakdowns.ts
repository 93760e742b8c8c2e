import { and, eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { DashboardFilters } from '@/lib/dashboard-filters';
import type { Db } from '../client';
import { eventFilterCondition } from '../filter-conditions';
import {
  genderRecordedBase,
  genderRecordedWomen,
  isTraining,
  shareOfWomen,
  trainedMen,
  trainedNotDisaggregated,
  trainedTotal,
  trainedWomen,
} from '../participants';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { activities, events, memberStates, programs, type Subregion } from '../schema';
import type { Viewer } from '../viewer';

// People trained, grouped for the dashboard's charts and the profiles' tables. Each group keeps
// the three counts apart; a group whose key the source does not state (an event without a
// country or a date) has a null key and is shown as "not stated", never dropped.

interface BreakdownParams {
  viewer: Viewer;
  filters?: DashboardFilters;
}

export interface GenderCounts {
  women: number;
  men: number;
  notDisaggregated: number;
  total: number;
}

export interface WomenShare {
  women: number;
  /** Trained people whose gender is recorded: what the share is computed from. */
  base: number;
  share: number | null;
}

const genderColumns = {
  women: trainedWomen,
  men: trainedMen,
  notDisaggregated: trainedNotDisaggregated,
  total: trainedTotal,
};

const shareColumns = { women: genderRecordedWomen, base: genderRecordedBase };

const trainingEvents = (params: BreakdownParams): SQL => and(eventFilterCondition(params.viewer, params.filters ?? {}), isTraining)!;

const eventYear = sql<string | null>`substr(${events.startDate}, 1, 4)`;
/** Groups with a stated key first, in order; the group "not stated" last. */
const nullsLast = (key: SQLWrapper) => sql`case when ${key} is null then 1 else 0 end`;

/** People trained in each country (where the event took place), most first. */
export function listTrainedByCountry(db: Db, params: BreakdownParams) {
  return db
    .select({ countryCode: events.countryCode, nameEn: memberStates.nameEn, nameEs: memberStates.nameEs, ...genderColumns })
    .from(events)
    .innerJoin(activities, eq(events.activityId, activities.id))
    .leftJoin(memberStates, eq(events.countryCode, memberStates.code))
    .where(trainingEvents(params))
    .groupBy(events.countryCode, memberStates.nameEn, memberStates.nameEs)
    .having(sql`${trainedTotal} > 0`)
    .orderBy(sql`${trainedTotal} desc`, nullsLast(events.countryCode), memberStates.nameEn)
    .all();
}

/** People trained in each year (of the event's start), in order; undated events last. */
export function listTrainedByYear(db: Db, params: BreakdownParams) {
  return db
    .select({ year: eventYear, ...genderColumns })
    .from(events)
    .innerJoin(activities, eq(events.activityId, activities.id))
    .where(trainingEvents(params))
    .groupBy(eventYear)
    .having(sql`${trainedTotal} > 0`)
    .orderBy(nullsLast(eventYear), eventYear)
    .all();
}

/** People trained under each program, most first. */
export function listTrainedByProgram(db: Db, params: BreakdownParams) {
  return db
    .select({ programId: programs.id, name: programs.name, ...genderColumns })
    .from(events)
    .innerJoin(activities, eq(events.activityId, activities.id))
    .innerJoin(programs, eq(activities.programId, programs.id))
    .where(trainingEvents(params))
    .groupBy(programs.id, programs.name)
    .having(sql`${trainedTotal} > 0`)
    .orderBy(sql`${trainedTotal} desc`, programs.name)
    .all();
}

const withShare = <T extends { women: number; base: number }>(row: T): T & WomenShare => ({ ...row, share: shareOfWomen(row.women, row.base) });

/**
 * Share of women in groups of one key, over trained people whose gender is recorded; groups with
 * none recorded are left out. The event's country is joined, for keys that come from it.
 */
function listShareOfWomenBy<T>(db: Db, params: BreakdownParams, key: SQL<T> | SQLiteColumn) {
  return db
    .select({ key, ...shareColumns })
    .from(events)
    .innerJoin(activities, eq(events.activityId, activities.id))
    .leftJoin(memberStates, eq(events.countryCode, memberStates.code))
    .where(trainingEvents(params))
    .groupBy(key)
    .having(sql`${genderRecordedBase} > 0`)
    .orderBy(nullsLast(key), key)
    .all()
    .map(withShare);
}

/** Share of women by year (of the event's start). */
export const listShareOfWomenByYear = (db: Db, params: BreakdownParams) =>
  listShareOfWomenBy(db, params, eventYear).map(({ key, ...share }) => ({ year: key, ...share }));

/** Share of women by subregion (of the event's country). */
export const listShareOfWomenBySubregion = (db: Db, params: BreakdownParams) =>
  listShareOfWomenBy(db, params, memberStates.subregion).map(({ key, ...share }) => ({ subregion: key as Subregion | null, ...share }));

/** Share of women by country (where the event took place). */
export const listShareOfWomenByCountry = (db: Db, params: BreakdownParams) =>
  listShareOfWomenBy(db, params, events.countryCode).map(({ key, ...share }) => ({ countryCode: key as string | null, ...share }));
