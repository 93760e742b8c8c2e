import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DashboardFilters } from '@/lib/dashboard-filters';
import { activityPeriodColumns } from '../activity-columns';
import type { Db } from '../client';
import { activityFilterCondition, eventFilterCondition } from '../filter-conditions';
import { eventTotal } from '../participants';
import { activities, activityCountries, activityDonors, donors, events, memberStates, programs } from '../schema';
import type { Viewer } from '../viewer';

// The lists on the country, donor and program profiles: activities with their donors, and
// events with their participants, under the same filters (and scope) as the dashboard.

interface ListParams {
  viewer: Viewer;
  filters: DashboardFilters;
}

interface EventListParams extends ListParams {
  /** Of these activities only, when given. */
  activityIds?: number[];
}

/** Activities with their program, dates and donors (each with its amount where known). */
export function listProfileActivities(db: Db, params: ListParams) {
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
    .orderBy(sql`case when ${activities.commencementDate} is null then 1 else 0 end`, asc(activities.commencementDate), asc(activities.name))
    .all();
  const funding = listFunding(db, rows.map((row) => row.id));
  return rows.map((row) => ({ ...row, donors: funding.filter((f) => f.activityId === row.id) }));
}

export type ProfileActivity = ReturnType<typeof listProfileActivities>[number];

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

/** Events with their kind, date, place and participants (the total derived, never stored). */
export function listProfileEvents(db: Db, params: EventListParams) {
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
    .where(
      and(
        eventFilterCondition(params.viewer, params.filters),
        params.activityIds === undefined ? undefined : inArray(events.activityId, params.activityIds),
      ),
    )
    .orderBy(sql`case when ${events.startDate} is null then 1 else 0 end`, asc(events.startDate), asc(events.title))
    .all();
}

export type ProfileEvent = ReturnType<typeof listProfileEvents>[number];

/** The countries these activities reach, each with how many of the activities. */
export function listActivityCountries(db: Db, params: ListParams) {
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
