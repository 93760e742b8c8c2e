import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { DashboardFilters } from '@/lib/dashboard-filters';
import { activities, activityCountries, activityDonors, donors, events, memberStates, orgUnits, programs } from './schema';
import { activityScope } from './scope';
import type { Viewer } from './viewer';

// The one place the dashboard filters become SQL. Every dashboard and profile query adds these
// conditions (which always include the viewer's scope) to its WHERE clause, so a filter can only
// ever narrow what the viewer may see.
//
// What each filter means:
// - program, unit, donor: the activity's program, its program's unit, a donor funding it;
// - country, subregion: for an event, the country it took place in; for an activity, any of its
//   countries;
// - period (from, to): an event counts when its start date lies inside the period; an event with
//   no stated date is left out while a period is set (countUndatedEvents tells how many). An
//   activity counts when its stated dates overlap the period: it does not start after the period
//   ends nor end before it starts (an ongoing activity has no end); an activity with no stated
//   date at all is left out while a period is set.

const countriesOfSubregion = (subregion: string) =>
  sql`select ${memberStates.code} from ${memberStates} where ${memberStates.subregion} = ${subregion}`;

/** Conditions on an activity's own attributes: its program, unit and donors. */
function activityAttributeConditions(filters: DashboardFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.program !== undefined) conditions.push(eq(activities.programId, filters.program));
  if (filters.unit !== undefined) {
    conditions.push(
      sql`${activities.programId} in (select ${programs.id} from ${programs} inner join ${orgUnits} on ${orgUnits.id} = ${programs.unitId} where ${orgUnits.code} = ${filters.unit})`,
    );
  }
  if (filters.donor !== undefined) {
    conditions.push(
      sql`${activities.id} in (select ${activityDonors.activityId} from ${activityDonors} where ${activityDonors.donorId} = ${filters.donor})`,
    );
  }
  return conditions;
}

/** Where and when an activity happens: any of its countries, and its dates against the period. */
function activityPlaceAndPeriodConditions(filters: DashboardFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.country !== undefined) {
    conditions.push(
      sql`${activities.id} in (select ${activityCountries.activityId} from ${activityCountries} where ${activityCountries.countryCode} = ${filters.country})`,
    );
  }
  if (filters.subregion !== undefined) {
    conditions.push(
      sql`${activities.id} in (select ${activityCountries.activityId} from ${activityCountries} where ${activityCountries.countryCode} in (${countriesOfSubregion(filters.subregion)}))`,
    );
  }
  if (filters.from !== undefined || filters.to !== undefined) {
    conditions.push(sql`(${activities.commencementDate} is not null or ${activities.completionDate} is not null or ${activities.isOngoing} = 1)`);
    if (filters.to !== undefined) {
      conditions.push(sql`(${activities.commencementDate} is null or ${activities.commencementDate} <= ${filters.to})`);
    }
    if (filters.from !== undefined) {
      conditions.push(sql`(${activities.completionDate} is null or ${activities.completionDate} >= ${filters.from})`);
    }
  }
  return conditions;
}

/** Where and when an event happens: its own country and start date. */
export function eventPlaceAndPeriodConditions(filters: DashboardFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.country !== undefined) conditions.push(eq(events.countryCode, filters.country));
  if (filters.subregion !== undefined) conditions.push(sql`${events.countryCode} in (${countriesOfSubregion(filters.subregion)})`);
  if (filters.from !== undefined) conditions.push(sql`${events.startDate} >= ${filters.from}`);
  if (filters.to !== undefined) conditions.push(sql`${events.startDate} <= ${filters.to}`);
  return conditions;
}

/** For queries over activities (joined as `activities`): scope, then every filter. */
export function activityFilterCondition(viewer: Viewer, filters: DashboardFilters): SQL {
  return and(activityScope(viewer), ...activityAttributeConditions(filters), ...activityPlaceAndPeriodConditions(filters))!;
}

/**
 * For queries over events (joined to `activities`): scope, the activity's program, unit and donor,
 * then the event's own country and date. Archived events are left out.
 */
export function eventFilterCondition(viewer: Viewer, filters: DashboardFilters): SQL {
  return and(
    sql`${events.archivedAt} is null`,
    activityScope(viewer),
    ...activityAttributeConditions(filters),
    ...eventPlaceAndPeriodConditions(filters),
  )!;
}

/**
 * For queries over an activity's countries (joined to `activities` and `activity_countries`):
 * the activity's filters, and the country row itself inside the country or subregion asked for,
 * so that "countries reached in Central America" does not count an activity's other countries.
 */
export function activityCountryFilterCondition(viewer: Viewer, filters: DashboardFilters): SQL {
  return and(
    activityFilterCondition(viewer, filters),
    filters.country === undefined ? undefined : eq(activityCountries.countryCode, filters.country),
    filters.subregion === undefined ? undefined : sql`${activityCountries.countryCode} in (${countriesOfSubregion(filters.subregion)})`,
  )!;
}

/** The same filters without the period: what a period would leave out is counted against it. */
export const withoutPeriod = (filters: DashboardFilters): DashboardFilters => ({ ...filters, from: undefined, to: undefined });

/**
 * Whether the activities asked about are one donor's portfolio (a few thousand at scale): then
 * "which donors or programs have one of them" is answered by reading the portfolio once (IN);
 * over everyone's activities, by asking each donor or program for its first one (EXISTS). Each
 * shape is several times faster than the other in its own case.
 */
export const isPortfolio = (viewer: Viewer, filters: DashboardFilters = {}) => viewer.role === 'donor' || filters.donor !== undefined;

/** A live donor that funds at least one activity matching the condition (over `activities`). */
export const fundsSomeActivity = (activityCondition: SQL, portfolio: boolean): SQL =>
  and(
    isNull(donors.archivedAt),
    portfolio
      ? sql`${donors.id} in (select ${activityDonors.donorId} from ${activityDonors} inner join ${activities} on ${activities.id} = ${activityDonors.activityId} where ${activityCondition})`
      : sql`exists (select 1 from ${activityDonors} inner join ${activities} on ${activities.id} = ${activityDonors.activityId} where ${activityDonors.donorId} = ${donors.id} and ${activityCondition})`,
  )!;

/** A live program with at least one activity matching the condition (over `activities`). */
export const runsSomeActivity = (activityCondition: SQL, portfolio: boolean): SQL =>
  and(
    isNull(programs.archivedAt),
    portfolio
      ? sql`${programs.id} in (select ${activities.programId} from ${activities} where ${activityCondition})`
      : sql`exists (select 1 from ${activities} where ${activities.programId} = ${programs.id} and ${activityCondition})`,
  )!;
