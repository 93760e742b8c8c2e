import { and, count, eq, getTableName, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Writer } from './audit';
import {
  genderRecordedBase,
  genderRecordedWomen,
  meetingParticipants,
  trainedMen,
  trainedNotDisaggregated,
  trainedTotal,
  trainedWomen,
} from './participants';
import { refreshDonorFigures } from './donor-figures';
import { activities, activityCountries, activityCountryRollups, activityDonors, activityFigures, donorEventRollups, donors, eventRollups, events, memberStates } from './schema';

// The stored figures (activity_figures, event_rollups, donor_event_rollups, activity_country_rollups)
// are derived from the activities, their funding and their events and rewritten from them, never
// adjusted by deltas: whatever a write did, the figures it touches are summed again from the rows,
// in the same transaction, so they cannot drift.

/** The sums, named as the stored columns (an insert from a select needs them aliased). */
const sums = {
  trainedWomen: trainedWomen.as('trained_women'),
  trainedMen: trainedMen.as('trained_men'),
  trainedNotDisaggregated: trainedNotDisaggregated.as('trained_not_disaggregated'),
  trainedTotal: trainedTotal.as('trained_total'),
  genderRecordedWomen: genderRecordedWomen.as('gender_recorded_women'),
  genderRecordedBase: genderRecordedBase.as('gender_recorded_base'),
  meetingParticipants: meetingParticipants.as('meeting_participants'),
};

const eventYear = sql<string | null>`substr(${events.startDate}, 1, 4)`;

/** The first names, alphabetically, of an activity's countries and donors: what its table sorts them by. */
const firstNames = {
  firstCountryName: sql<string | null>`(select min(${memberStates.nameEn}) from ${activityCountries} inner join ${memberStates} on ${memberStates.code} = ${activityCountries.countryCode} where ${activityCountries.activityId} = ${activities.id})`.as(
    'first_country_name',
  ),
  firstDonorName: sql<string | null>`(select min(${donors.name}) from ${activityDonors} inner join ${donors} on ${donors.id} = ${activityDonors.donorId} where ${activityDonors.activityId} = ${activities.id})`.as(
    'first_donor_name',
  ),
};

/**
 * Rewrites the figures of the given activities (all of them with none given) from their live
 * events, countries and donors. The activities are a list of ids or a query that selects them.
 */
function writeActivityFigures(tx: Writer, activityIds?: Parameters<typeof inArray>[1]): void {
  const only = (column: Parameters<typeof inArray>[0]) => (activityIds === undefined ? undefined : inArray(column, activityIds));
  tx.delete(activityFigures).where(only(activityFigures.activityId)).run();
  tx.insert(activityFigures)
    .select(
      tx
        .select({ activityId: activities.id, ...sums, ...firstNames })
        .from(activities)
        .leftJoin(events, and(eq(events.activityId, activities.id), isNull(events.archivedAt)))
        .where(only(activities.id))
        .groupBy(activities.id),
    )
    .run();
}

/**
 * Rewrites the rollups of the given programs (all of them with no list) from their live
 * activities: their live events, their countries and their donors.
 */
function writeProgramRollups(tx: Writer, programIds?: number[]): void {
  const only = (column: Parameters<typeof inArray>[0]): SQL | undefined => (programIds === undefined ? undefined : inArray(column, programIds));
  tx.delete(activityCountryRollups).where(only(activityCountryRollups.programId)).run();
  tx.insert(activityCountryRollups)
    .select(
      tx
        .select({ programId: activities.programId, countryCode: activityCountries.countryCode, activities: count().as('activities') })
        .from(activityCountries)
        .innerJoin(activities, eq(activityCountries.activityId, activities.id))
        .where(and(isNull(activities.archivedAt), only(activities.programId)))
        .groupBy(activities.programId, activityCountries.countryCode),
    )
    .run();
  tx.delete(eventRollups).where(only(eventRollups.programId)).run();
  tx.insert(eventRollups)
    .select(
      tx
        .select({
          programId: activities.programId,
          countryCode: events.countryCode,
          year: eventYear.as('year'),
          ...sums,
        })
        .from(events)
        .innerJoin(activities, eq(events.activityId, activities.id))
        .where(and(isNull(events.archivedAt), isNull(activities.archivedAt), only(activities.programId)))
        .groupBy(activities.programId, events.countryCode, eventYear),
    )
    .run();
  tx.delete(donorEventRollups).where(only(donorEventRollups.programId)).run();
  tx.insert(donorEventRollups)
    .select(
      tx
        .select({
          donorId: activityDonors.donorId,
          programId: activities.programId,
          countryCode: events.countryCode,
          year: eventYear.as('year'),
          ...sums,
        })
        .from(events)
        .innerJoin(activities, eq(events.activityId, activities.id))
        .innerJoin(activityDonors, eq(activityDonors.activityId, activities.id))
        .where(and(isNull(events.archivedAt), isNull(activities.archivedAt), only(activities.programId)))
        .groupBy(activityDonors.donorId, activities.programId, events.countryCode, eventYear),
    )
    .run();
}

/** Rewrites the figures of some activities and the rollups of every program they belong (or belonged) to. */
export function refreshEventFigures(tx: Writer, params: { activityIds: number[]; formerProgramIds?: number[] }): void {
  const activityIds = [...new Set(params.activityIds)];
  if (activityIds.length === 0) return;
  const programIds = tx
    .select({ id: activities.programId })
    .from(activities)
    .where(inArray(activities.id, activityIds))
    .all()
    .map((row) => row.id);
  writeActivityFigures(tx, activityIds);
  writeProgramRollups(tx, [...new Set([...programIds, ...(params.formerProgramIds ?? [])])]);
}

/**
 * After a write to an editable record (its row before and after, either may be missing): the
 * figures it may have changed. Events change their activity's (and former activity's) figures;
 * activities change their own, their program's rollups when archived or moved, and their donors'
 * figures; a donor changes its own figures (a new one gets empty ones) and the sort names of the
 * activities it funds.
 */
export function refreshFiguresAfterWrite(tx: Writer, tableName: string, rows: (Record<string, unknown> | undefined)[]): void {
  const present = rows.filter((row) => row !== undefined);
  if (tableName === getTableName(events)) {
    refreshEventFigures(tx, { activityIds: present.map((row) => row.activityId as number) });
  } else if (tableName === getTableName(activities)) {
    const activityIds = present.map((row) => row.id as number);
    refreshEventFigures(tx, { activityIds, formerProgramIds: present.map((row) => row.programId as number) });
    refreshDonorFigures(tx, { activityIds });
  } else if (tableName === getTableName(donors)) {
    const donorIds = present.map((row) => row.id as number);
    refreshDonorFigures(tx, { donorIds });
    // A renamed donor may now come first among an activity's donors, or no longer.
    writeActivityFigures(tx, tx.select({ id: activityDonors.activityId }).from(activityDonors).where(inArray(activityDonors.donorId, donorIds)));
  }
}

/** Rewrites every stored figure from the events: after a bulk load (seed, synthetic data), inside its transaction. */
export function rebuildEventFigures(tx: Writer): void {
  writeActivityFigures(tx);
  writeProgramRollups(tx);
}

/**
 * Whether stored figures are missing (a database written before they existed): some activity has
 * no row, or funded events have no donor rollups. Then rebuild.
 */
export function lacksEventFigures(db: Writer): boolean {
  const activityMissing = db
    .select({ id: activities.id })
    .from(activities)
    .where(sql`not exists (select 1 from ${activityFigures} where ${activityFigures.activityId} = ${activities.id})`)
    .limit(1)
    .get();
  if (activityMissing !== undefined) return true;
  const donorRollupsMissing = db
    .select({ id: events.id })
    .from(events)
    .innerJoin(activities, eq(events.activityId, activities.id))
    .innerJoin(activityDonors, eq(activityDonors.activityId, activities.id))
    .where(and(isNull(events.archivedAt), isNull(activities.archivedAt), sql`not exists (select 1 from ${donorEventRollups})`))
    .limit(1)
    .get();
  return donorRollupsMissing !== undefined;
}
