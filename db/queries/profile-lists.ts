import { and, asc, eq, inArray, isNull, sql, type Subquery } from 'drizzle-orm';
import type { DashboardFilters } from '@/lib/dashboard-filters';
import { activityPeriodColumns } from '../activity-columns';
import type { Db } from '../client';
import { memoizeByData } from '../data-memo';
import { countRows } from '../table-sql';
import { activityFilterCondition, eventFilterCondition } from '../filter-conditions';
import { eventTotal } from '../participants';
import { activities, activityCountries, activityDonors, donors, events, memberStates, programs } from '../schema';
import type { Viewer } from '../viewer';
import { scopeKey } from './trained-facts';

// The lists on the country, donor and program profiles: activities with their donors, and
// events with their participants, under the same filters (and scope) as the dashboard. A profile
// shows the newest few; the tables page through them all (a busy country had 7,000 activities
// and 37,000 events at scale: 54 MB of HTML and 10 s).

/** How many of the newest activities and events a profile lists. */
export const PROFILE_LIST_SIZE = 20;

interface ListParams {
  viewer: Viewer;
  filters: DashboardFilters;
}

interface EventListParams extends ListParams {
  /** Of these activities only, when given. */
  activityIds?: number[];
}

/** The newest few of a profile's list, and how many the whole list holds (up to COUNT_CAP, as the tables count). */
export interface Newest<T> {
  rows: T[];
  total: number;
  /** More than `total` match. */
  capped: boolean;
}

/** Counts the whole list only when the newest few filled the page. */
function newest<T>(db: Db, rows: T[], matching: Subquery): Newest<T> {
  if (rows.length < PROFILE_LIST_SIZE) return { rows, total: rows.length, capped: false };
  return { rows, ...countRows(db, matching, undefined, 'capped') };
}

/** The newest activities (by start, undated last) with their program, dates and donors (each with its amount where known). */
function newestActivities(db: Db, params: ListParams): Newest<ProfileActivity> {
  const matching = db.select({ id: activities.id }).from(activities).where(activityFilterCondition(params.viewer, params.filters)).as('matching');
  return newest(db, newestActivityRows(db, params), matching);
}

function newestActivityRows(db: Db, params: ListParams) {
  const rows = db
    .select({
      id: activities.id,
      name: activities.name,
      programId: programs.id,
      programName: programs.name,
      ...activityPeriodColumns,
      results: activities.results,
    })
    .from(activities)
    .innerJoin(programs, eq(activities.programId, programs.id))
    .where(activityFilterCondition(params.viewer, params.filters))
    .orderBy(sql`${activities.commencementDate} desc nulls last`, asc(activities.name))
    .limit(PROFILE_LIST_SIZE)
    .all();
  const funding = listFunding(db, rows.map((row) => row.id));
  return rows.map((row) => ({ ...row, donors: funding.filter((f) => f.activityId === row.id) }));
}

export type ProfileActivity = ReturnType<typeof newestActivityRows>[number];

/** Who funds each of these activities, and with how much where the source says. */
export function listFunding(db: Db, activityIds: number[]) {
  if (activityIds.length === 0) return [];
  return db
    .select({
      activityId: activityDonors.activityId,
      donorId: donors.id,
      name: donors.name,
      nameEs: donors.nameEs,
      amount: activityDonors.amount,
      currency: activityDonors.currency,
    })
    .from(activityDonors)
    .innerJoin(donors, eq(activityDonors.donorId, donors.id))
    .where(and(inArray(activityDonors.activityId, activityIds), isNull(donors.archivedAt)))
    .orderBy(asc(donors.name))
    .all();
}

function profileEventsQuery(db: Db, params: EventListParams) {
  return db
    .select({
      id: events.id,
      title: events.title,
      kind: events.kind,
      activityId: activities.id,
      activityName: activities.name,
      startDate: events.startDate,
      startPrecision: events.startPrecision,
      endDate: events.endDate,
      endPrecision: events.endPrecision,
      venue: events.venue,
      countryCode: events.countryCode,
      countryNameEn: memberStates.nameEn,
      countryNameEs: memberStates.nameEs,
      women: events.women,
      men: events.men,
      notDisaggregated: events.notDisaggregated,
      isApproximate: events.isApproximate,
      total: sql<number | null>`case when ${events.women} is null and ${events.men} is null and ${events.notDisaggregated} is null then null else ${eventTotal} end`,
    })
    .from(events)
    .innerJoin(activities, eq(events.activityId, activities.id))
    .leftJoin(memberStates, eq(events.countryCode, memberStates.code))
    .where(eventsWhere(params));
}

const eventsWhere = (params: EventListParams) =>
  and(eventFilterCondition(params.viewer, params.filters), params.activityIds === undefined ? undefined : inArray(events.activityId, params.activityIds));

/** Events with their kind, date, place and participants (the total derived, never stored), in the order they took place. */
export function listProfileEvents(db: Db, params: EventListParams) {
  return profileEventsQuery(db, params).orderBy(sql`${events.startDate} asc nulls last`, asc(events.title)).all();
}

/** The newest events (undated last), as a profile lists them. */
function newestEvents(db: Db, params: ListParams): Newest<ProfileEvent> {
  const rows = profileEventsQuery(db, params).orderBy(sql`${events.startDate} desc nulls last`, asc(events.title)).limit(PROFILE_LIST_SIZE).all();
  const matching = db.select({ id: events.id }).from(events).innerJoin(activities, eq(events.activityId, activities.id)).where(eventsWhere(params)).as('matching');
  return newest(db, rows, matching);
}

export type ProfileEvent = ReturnType<typeof listProfileEvents>[number];

// A profile's lists are kept until the data changes, as the dashboard's figures are
// (db/data-memo.ts): a busy donor's newest events are sorted out of its 25,000 on every load
// otherwise (~40 ms at scale; SQLite finds no cheaper plan that is not far worse for a small donor).
export const listNewestActivities = memoizeByData(newestActivities, scopeKey);
export const listNewestEvents = memoizeByData(newestEvents, scopeKey);

/** The countries these activities reach, each with how many of the activities (kept until the data changes: a busy donor's portfolio takes ~8 ms at scale). */
export const listActivityCountries = memoizeByData(activityCountriesOf, scopeKey);

function activityCountriesOf(db: Db, params: ListParams) {
  return db
    .select({
      code: memberStates.code,
      nameEn: memberStates.nameEn,
      nameEs: memberStates.nameEs,
      activities: sql<number>`count(*)`.mapWith(Number),
    })
    .from(activityCountries)
    .innerJoin(activities, eq(activityCountries.activityId, activities.id))
    .innerJoin(memberStates, eq(activityCountries.countryCode, memberStates.code))
    .where(activityFilterCondition(params.viewer, params.filters))
    .groupBy(memberStates.code, memberStates.nameEn, memberStates.nameEs)
    .orderBy(asc(memberStates.nameEn))
    .all();
}
