import { and, count, eq, exists, isNull, sql } from 'drizzle-orm';
import type { DashboardFilters } from '@/lib/dashboard-filters';
import type { Db } from '../client';
import { memoizeByData } from '../data-memo';
import { activityStatusSql, todayIso } from '../activity-status';
import { activityCountryFilterCondition, activityFilterCondition, eventFilterCondition, fundsSomeActivity, isPortfolio, withoutPeriod } from '../filter-conditions';
import { shareOfWomen, trainedTotal } from '../participants';
import { sumAll } from './trained-breakdowns';
import { listPlaceFacts, scopeKey } from './trained-facts';
import { activities, activityCountries, donors, events, memberStates } from '../schema';
import type { Viewer } from '../viewer';

export interface HeadlineFigures {
  peopleTrained: number;
  trainedWomen: number;
  trainedMen: number;
  trainedNotDisaggregated: number;
  /** Women as a share of trained people whose gender is recorded, or null when none is. */
  shareOfWomen: number | null;
  /** How many trained people the share is computed from. */
  genderRecordedBase: number;
  meetingParticipants: number;
  countriesReached: number;
  activities: number;
  ongoingActivities: number;
  donors: number;
}

interface FilteredParams {
  viewer: Viewer;
  filters?: DashboardFilters;
}

/** The dashboard's headline figures over the activities the viewer may see, narrowed by the filters. */
export const getHeadlineFigures = (db: Db, params: FilteredParams & { today?: string }): HeadlineFigures =>
  headlineFigures(db, { ...params, today: params.today ?? todayIso() });

// Kept until the data changes (or the day does: the ongoing activities are counted on a date).
const headlineFigures = memoizeByData(countHeadlineFigures, (params) => JSON.stringify([scopeKey(params), params.today]));

function countHeadlineFigures(db: Db, params: FilteredParams & { today: string }): HeadlineFigures {
  const filters = params.filters ?? {};
  const activityCondition = activityFilterCondition(params.viewer, filters);
  const today = params.today;

  const people = sumAll(listPlaceFacts(db, params));

  const activityCounts = db
    .select({
      total: sql<number>`count(*)`.mapWith(Number),
      ongoing: sql<number>`coalesce(sum(case when ${activityStatusSql(today)} = 'ongoing' then 1 else 0 end), 0)`.mapWith(Number),
    })
    .from(activities)
    .where(activityCondition)
    .get()!;

  // Counted as "which member states (donors) have an activity", so that each stops at its first
  // one instead of reading every activity's countries (funders).
  const countries = db
    .select({ count: count() })
    .from(memberStates)
    .where(
      exists(
        db
          .select({ one: sql`1` })
          .from(activityCountries)
          .innerJoin(activities, eq(activityCountries.activityId, activities.id))
          .where(and(eq(activityCountries.countryCode, memberStates.code), activityCountryFilterCondition(params.viewer, filters))),
      ),
    )
    .get()!;

  const funders = db.select({ count: count() }).from(donors).where(fundsSomeActivity(activityCondition, isPortfolio(params.viewer, filters))).get()!;

  return {
    peopleTrained: people.total,
    trainedWomen: people.women,
    trainedMen: people.men,
    trainedNotDisaggregated: people.notDisaggregated,
    shareOfWomen: shareOfWomen(people.recordedWomen, people.recordedBase),
    genderRecordedBase: people.recordedBase,
    meetingParticipants: people.meetingParticipants,
    countriesReached: countries.count,
    activities: activityCounts.total,
    ongoingActivities: activityCounts.ongoing,
    donors: funders.count,
  };
}

export interface LeftOutByPeriod {
  events: number;
  peopleTrained: number;
  activities: number;
}

/**
 * What a period filter leaves out for having no stated date: events with no start date and
 * activities with no date at all, that every other filter would have kept. Zero without a period.
 */
function leftOutByPeriod(db: Db, params: Required<FilteredParams>): LeftOutByPeriod {
  const { viewer, filters } = params;
  if (filters.from === undefined && filters.to === undefined) return { events: 0, peopleTrained: 0, activities: 0 };
  const others = withoutPeriod(filters);

  const undatedEvents = db
    .select({ count: sql<number>`count(*)`.mapWith(Number), peopleTrained: trainedTotal })
    .from(events)
    .innerJoin(activities, eq(events.activityId, activities.id))
    .where(and(eventFilterCondition(viewer, others), isNull(events.startDate)))
    .get()!;

  const undatedActivities = db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(activities)
    .where(
      and(
        activityFilterCondition(viewer, others),
        isNull(activities.commencementDate),
        isNull(activities.completionDate),
        eq(activities.isOngoing, false),
      ),
    )
    .get()!;

  return { events: undatedEvents.count, peopleTrained: undatedEvents.peopleTrained, activities: undatedActivities.count };
}

// Kept until the data changes: a dashboard asks it once for its notice and once per panel, and at
// scale a subregion's undated events alone are 66,000 (100 ms each time).
export const countLeftOutByPeriod = memoizeByData(leftOutByPeriod, scopeKey);
