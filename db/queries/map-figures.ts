import { countDistinct, eq, sql } from 'drizzle-orm';
import type { DashboardFilters } from '@/lib/dashboard-filters';
import type { Db } from '../client';
import { memoizeByData } from '../data-memo';
import { activityCountryFilterCondition } from '../filter-conditions';
import { activities, activityCountries, activityCountryRollups, type Subregion } from '../schema';
import type { Viewer } from '../viewer';
import { listMemberStates } from './member-states';
import { factSource, rollupConditions, scopeKey } from './trained-facts';
import { listShareOfWomenByCountry, listTrainedByCountry, type GenderCounts, type WomenShare } from './trained-breakdowns';

// The map's figures, which the countries page lists too: every member state with what the viewer
// may see there under the dashboard's filters. People are counted by the same breakdown queries as
// the dashboard's charts (where the event took place); activities by the same rule as "countries
// reached" (any of its countries).

interface MapParams {
  viewer: Viewer;
  filters?: DashboardFilters;
}

export interface CountryFigures extends GenderCounts {
  code: string;
  nameEn: string;
  nameEs: string;
  subregion: Subregion;
  activities: number;
  womenShare: WomenShare;
}

/**
 * Activities in each country, an activity counting once in each of its countries: from the
 * stored counts when they answer (staff, with no donor and no period: an activity's dates overlap
 * a period, which no count by year can tell), else counted from the activities.
 */
function activitiesByCountry(db: Db, params: MapParams) {
  const filters = params.filters ?? {};
  if (factSource(params).from === 'rollups' && filters.from === undefined && filters.to === undefined) {
    return db
      .select({ countryCode: activityCountryRollups.countryCode, activities: sql<number>`sum(${activityCountryRollups.activities})`.mapWith(Number) })
      .from(activityCountryRollups)
      .where(rollupConditions(filters, activityCountryRollups))
      .groupBy(activityCountryRollups.countryCode)
      .all();
  }
  return db
    .select({ countryCode: activityCountries.countryCode, activities: countDistinct(activities.id) })
    .from(activityCountries)
    .innerJoin(activities, eq(activityCountries.activityId, activities.id))
    .where(activityCountryFilterCondition(params.viewer, params.filters ?? {}))
    .groupBy(activityCountries.countryCode)
    .all();
}

// Kept until the data changes, as the sums are: counted from the activities, a subregion's
// activities over a period took 90 ms at scale.
const listActivitiesByCountry = memoizeByData(activitiesByCountry, scopeKey);

/** Every member state, in English alphabetical order, with its figures (zero where there are none). */
export function listMapFigures(db: Db, params: MapParams): CountryFigures[] {
  const trained = new Map(listTrainedByCountry(db, params).map((row) => [row.countryCode, row]));
  const shares = new Map(listShareOfWomenByCountry(db, params).map((row) => [row.countryCode, row]));
  const activityCounts = new Map(listActivitiesByCountry(db, params).map((row) => [row.countryCode, row.activities]));
  return listMemberStates(db).map((country) => {
    const people = trained.get(country.code);
    const share = shares.get(country.code);
    return {
      code: country.code,
      nameEn: country.nameEn,
      nameEs: country.nameEs,
      subregion: country.subregion,
      women: people?.women ?? 0,
      men: people?.men ?? 0,
      notDisaggregated: people?.notDisaggregated ?? 0,
      total: people?.total ?? 0,
      activities: activityCounts.get(country.code) ?? 0,
      womenShare: share ? { women: share.women, base: share.base, share: share.share } : { women: 0, base: 0, share: null },
    };
  });
}
