import { and, count, countDistinct, eq, inArray, isNull, notExists, sql } from 'drizzle-orm';
import type { Writer } from './audit';
import { activities, activityCountries, activityDonors, donorFigures, donors } from './schema';

// The donors' stored figures (donor_figures) are derived from the funding links of live
// activities and rewritten from them, like the event figures: whatever a write did, the donors it
// touches are summed again from the rows, in the same transaction, so they cannot drift.

/** Rewrites the figures of the given donors (all of them with no list). */
function writeDonorFigures(tx: Writer, donorIds?: number[]): void {
  const only = (column: Parameters<typeof inArray>[0]) => (donorIds === undefined ? undefined : inArray(column, donorIds));
  const live = and(isNull(activities.archivedAt), only(activityDonors.donorId));
  const funding = tx
    .select({
      donorId: activityDonors.donorId,
      activities: count().as('funded_activities'),
      amount: sql<number | null>`sum(${activityDonors.amount})`.as('funded_amount'),
      currency: sql<string | null>`case when count(distinct ${activityDonors.currency}) = 1 then min(${activityDonors.currency}) end`.as('funded_currency'),
    })
    .from(activityDonors)
    .innerJoin(activities, eq(activities.id, activityDonors.activityId))
    .where(live)
    .groupBy(activityDonors.donorId)
    .as('funding');
  const places = tx
    .select({ donorId: activityDonors.donorId, countries: countDistinct(activityCountries.countryCode).as('funded_countries') })
    .from(activityDonors)
    .innerJoin(activities, eq(activities.id, activityDonors.activityId))
    .innerJoin(activityCountries, eq(activityCountries.activityId, activities.id))
    .where(live)
    .groupBy(activityDonors.donorId)
    .as('places');
  tx.delete(donorFigures).where(only(donorFigures.donorId)).run();
  tx.insert(donorFigures)
    .select(
      tx
        .select({
          donorId: donors.id,
          activities: sql<number>`coalesce(${funding.activities}, 0)`.as('activities'),
          countries: sql<number>`coalesce(${places.countries}, 0)`.as('countries'),
          amount: sql<number | null>`${funding.amount}`.as('amount'),
          currency: sql<string | null>`${funding.currency}`.as('currency'),
        })
        .from(donors)
        .leftJoin(funding, eq(funding.donorId, donors.id))
        .leftJoin(places, eq(places.donorId, donors.id))
        .where(only(donors.id)),
    )
    .run();
}

/** Rewrites the figures of some donors, and of every donor funding some activities (after a write to them or their links). */
export function refreshDonorFigures(tx: Writer, params: { donorIds?: number[]; activityIds?: number[] }): void {
  const funding = params.activityIds?.length
    ? tx
        .select({ id: activityDonors.donorId })
        .from(activityDonors)
        .where(inArray(activityDonors.activityId, params.activityIds))
        .all()
        .map((row) => row.id)
    : [];
  const donorIds = [...new Set([...(params.donorIds ?? []), ...funding])];
  if (donorIds.length > 0) writeDonorFigures(tx, donorIds);
}

/** Rewrites every donor's figures: after a bulk load (seed, synthetic data), inside its transaction. */
export function rebuildDonorFigures(tx: Writer): void {
  writeDonorFigures(tx);
}

/** Whether some donor has no stored figures (a database written before they existed): then rebuild. */
export function lacksDonorFigures(db: Writer): boolean {
  const missing = db
    .select({ id: donors.id })
    .from(donors)
    .where(notExists(db.select({ one: sql`1` }).from(donorFigures).where(eq(donorFigures.donorId, donors.id))))
    .limit(1)
    .get();
  return missing !== undefined;
}
