import { and, countDistinct, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { activityStatusSql, todayIso } from '../activity-status';
import {
  genderRecordedBase,
  genderRecordedWomen,
  meetingParticipants,
  shareOfWomen,
  trainedMen,
  trainedNotDisaggregated,
  trainedTotal,
  trainedWomen,
} from '../participants';
import { activities, activityCountries, activityDonors, donors, events } from '../schema';
import { activityScope } from '../scope';
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

/** The dashboard's headline figures over the activities the viewer may see. */
export function getHeadlineFigures(db: Db, params: { viewer: Viewer; today?: string }): HeadlineFigures {
  const scope = activityScope(params.viewer);
  const today = params.today ?? todayIso();

  const people = db
    .select({
      trainedTotal,
      trainedWomen,
      trainedMen,
      trainedNotDisaggregated,
      genderRecordedWomen,
      genderRecordedBase,
      meetingParticipants,
    })
    .from(events)
    .innerJoin(activities, eq(events.activityId, activities.id))
    .where(and(isNull(events.archivedAt), scope))
    .get()!;

  const activityCounts = db
    .select({
      total: sql<number>`count(*)`.mapWith(Number),
      ongoing: sql<number>`coalesce(sum(case when ${activityStatusSql(today)} = 'ongoing' then 1 else 0 end), 0)`.mapWith(Number),
    })
    .from(activities)
    .where(scope)
    .get()!;

  const countries = db
    .select({ count: countDistinct(activityCountries.countryCode) })
    .from(activityCountries)
    .innerJoin(activities, eq(activityCountries.activityId, activities.id))
    .where(scope)
    .get()!;

  const funders = db
    .select({ count: countDistinct(activityDonors.donorId) })
    .from(activityDonors)
    .innerJoin(activities, eq(activityDonors.activityId, activities.id))
    .innerJoin(donors, eq(activityDonors.donorId, donors.id))
    .where(and(scope, isNull(donors.archivedAt)))
    .get()!;

  return {
    peopleTrained: people.trainedTotal,
    trainedWomen: people.trainedWomen,
    trainedMen: people.trainedMen,
    trainedNotDisaggregated: people.trainedNotDisaggregated,
    shareOfWomen: shareOfWomen(people.genderRecordedWomen, people.genderRecordedBase),
    genderRecordedBase: people.genderRecordedBase,
    meetingParticipants: people.meetingParticipants,
    countriesReached: countries.count,
    activities: activityCounts.total,
    ongoingActivities: activityCounts.ongoing,
    donors: funders.count,
  };
}
