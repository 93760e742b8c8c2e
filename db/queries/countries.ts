import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { activityScope } from '../scope';
import { eventFilterCondition } from '../filter-conditions';
import { isTraining, trainedMen, trainedNotDisaggregated, trainedTotal, trainedWomen } from '../participants';
import { activities, activityCountries, events, memberStates } from '../schema';
import type { Viewer } from '../viewer';

/** A member state by its ISO code, or undefined. */
export function getMemberState(db: Db, code: string) {
  return db
    .select({ code: memberStates.code, nameEn: memberStates.nameEn, nameEs: memberStates.nameEs, subregion: memberStates.subregion })
    .from(memberStates)
    .where(eq(memberStates.code, code))
    .get();
}

/** Every member state with its totals over what the viewer may see, those with no activity too. */
export function listCountrySummaries(db: Db, params: { viewer: Viewer }) {
  const trained = db
    .select({
      countryCode: sql<string>`${events.countryCode}`.as('trained_country'),
      women: sql<number>`${trainedWomen}`.as('trained_women'),
      men: sql<number>`${trainedMen}`.as('trained_men'),
      notDisaggregated: sql<number>`${trainedNotDisaggregated}`.as('trained_not_disaggregated'),
      total: sql<number>`${trainedTotal}`.as('trained_total'),
    })
    .from(events)
    .innerJoin(activities, eq(events.activityId, activities.id))
    .where(sql`${eventFilterCondition(params.viewer, {})} and ${isTraining}`)
    .groupBy(events.countryCode)
    .as('trained');

  const reached = db
    .select({
      countryCode: sql<string>`${activityCountries.countryCode}`.as('reached_country'),
      activities: sql<number>`count(*)`.as('reached_activities'),
    })
    .from(activityCountries)
    .innerJoin(activities, eq(activityCountries.activityId, activities.id))
    .where(activityScope(params.viewer))
    .groupBy(activityCountries.countryCode)
    .as('reached');

  const orZero = (value: unknown) => sql<number>`coalesce(${value}, 0)`.mapWith(Number);
  return db
    .select({
      code: memberStates.code,
      nameEn: memberStates.nameEn,
      nameEs: memberStates.nameEs,
      subregion: memberStates.subregion,
      activities: orZero(reached.activities),
      women: orZero(trained.women),
      men: orZero(trained.men),
      notDisaggregated: orZero(trained.notDisaggregated),
      total: orZero(trained.total),
    })
    .from(memberStates)
    .leftJoin(trained, eq(trained.countryCode, memberStates.code))
    .leftJoin(reached, eq(reached.countryCode, memberStates.code))
    .orderBy(asc(memberStates.nameEn))
    .all();
}

export type CountrySummary = ReturnType<typeof listCountrySummaries>[number];
