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
import { activities, events, memberStates, programs } from '../schema';
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

/** Share of women by year, over trained people whose gender is recorded; years with none recorded are left out. */
export function listShareOfWomenByYear(db: Db, params: BreakdownParams) {
  return db
    .select({ year: eventYear, ...shareColumns })
    .from(events)
    .innerJoin(activities, eq(events.activityId, activities.id))
    .where(trainingEvents(params))
    .groupBy(eventYear)
    .having(sql`${genderRecordedBase} > 0`)
    .orderBy(nullsLast(eventYear), eventYear)
    .all()
    .map(withShare);
}

/** Share of women by subregion (of the event's country), as above. */
export function listShareOfWomenBySubregion(db: Db, params: BreakdownParams) {
  return db
    .select({ subregion: memberStates.subregion, ...shareColumns })
    .from(events)
    .innerJoin(activities, eq(events.activityId, activities.id))
    .leftJoin(memberStates, eq(events.countryCode, memberStates.code))
    .where(trainingEvents(params))
    .groupBy(memberStates.subregion)
    .having(sql`${genderRecordedBase} > 0`)
    .orderBy(nullsLast(memberStates.subregion), memberStates.subregion)
    .all()
    .map(withShare);
}

/** Share of women by country (where the event took place), as above. */
export function listShareOfWomenByCountry(db: Db, params: BreakdownParams) {
  return db
    .select({ countryCode: events.countryCode, ...shareColumns })
    .from(events)
    .innerJoin(activities, eq(events.activityId, activities.id))
    .where(trainingEvents(params))
    .groupBy(events.countryCode)
    .having(sql`${genderRecordedBase} > 0`)
    .orderBy(nullsLast(events.countryCode), events.countryCode)
    .all()
    .map(withShare);
}
