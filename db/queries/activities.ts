import { and, asc, eq, exists, inArray, isNull, sql, type AnyColumn } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/sqlite-core';
import { pageWindow, type TableState } from '@/lib/table-state';
import { activityPeriodColumns } from '../activity-columns';
import type { Db } from '../client';
import { countryFilter } from '../country-filter';
import { activityStatusSql, todayIso, type ActivityStatus } from '../activity-status';
import { eventTotal, shareOfWomen } from '../participants';
import {
  activities,
  activityCountries,
  activityFigures,
  activityDonors,
  donors,
  events,
  memberStates,
  orgUnits,
  programs,
} from '../schema';
import { activityScope, includesArchived } from '../scope';
import { activityNames, indexedContains } from '../substring-index';
import { byActivity, chunks, countRows, inIdOrder, outer, selectIds, stateConditions, stateOrderBy, type ColumnsSql, type Counting } from '../table-sql';
import { isDonor, type Viewer } from '../viewer';

interface TableParams {
  viewer: Viewer;
  state: TableState;
  today?: string;
  /** Capped unless said otherwise (db/table-sql.ts). */
  counting?: Counting;
}

const activityId = outer(activities, 'id');
// People trained sort by the activity's stored figures (db/event-figures.ts), joined one to one:
// the index on them gives the most trained first without summing any event. The share of women
// is this expression of them, which an index of activity_figures repeats (db/schema.ts).
const shareOfWomenPercent = sql`case when ${activityFigures.genderRecordedBase} > 0 then 100.0 * ${activityFigures.genderRecordedWomen} / ${activityFigures.genderRecordedBase} end`;

/** How each column of the activities table sorts, filters and searches, in SQL. */
function activityColumns(today: string): ColumnsSql {
  return {
    name: { value: activities.name, searchable: true, contains: (text) => indexedContains(activityNames, text) },
    program: {
      value: programs.name,
      searchable: true,
      filter: (f) => (f.kind === 'choice' ? eq(activities.programId, Number(f.value)) : undefined),
    },
    countries: {
      value: activityFigures.firstCountryName,
      filter: (f) =>
        f.kind === 'choice'
          ? sql`exists (select 1 from ${activityCountries} where ${activityCountries.activityId} = ${activityId} and ${countryFilter(f.value, activityCountries.countryCode)})`
          : undefined,
    },
    start: { value: activities.commencementDate },
    end: { value: activities.completionDate },
    status: { value: activityStatusSql(today) },
    donors: {
      value: activityFigures.firstDonorName,
      filter: (f) =>
        f.kind === 'choice'
          ? sql`exists (select 1 from ${activityDonors} where ${activityDonors.activityId} = ${activityId} and ${activityDonors.donorId} = ${Number(f.value)})`
          : undefined,
    },
    trained: { value: activityFigures.trainedTotal },
    shareOfWomen: { value: shareOfWomenPercent },
  };
}

function filteredActivities(params: TableParams, tieBreak: AnyColumn = activities.id) {
  const columns = activityColumns(params.today ?? todayIso());
  const where = and(
    activityScope(params.viewer, { includeArchived: includesArchived(params.viewer, params.state.archived) }),
    ...stateConditions(columns, params.state),
  );
  return { where, orderBy: stateOrderBy(columns, params.state, tieBreak) };
}

/**
 * The activities a table state selects, joined only to what its search, filters (and, for a page,
 * its sort) read: a plain page or count then walks a narrow index of activities alone. Under
 * 'figures', the activity's figures are the outer query's row (see listActivityIds).
 */
function selectActivities<T extends SelectedFields>(db: Db, fields: T, state: TableState, purpose: 'page' | 'count' | 'figures') {
  const readsProgram = state.q !== '' || (purpose === 'page' && state.sort.id === 'program');
  const readsFigures = purpose !== 'figures' && ['trained', 'shareOfWomen'].some((id) => (purpose === 'page' && state.sort.id === id) || id in state.filters);
  let query = db.select(fields).from(activities).$dynamic();
  // The fields are given, so a join does not change what the query returns: only its type says so.
  if (readsProgram) query = query.innerJoin(programs, eq(programs.id, activities.programId)) as unknown as typeof query;
  if (readsFigures) query = query.innerJoin(activityFigures, eq(activityFigures.activityId, activities.id)) as unknown as typeof query;
  return query;
}

/** The sorts whose value is a stored figure with an index of its own (db/schema.ts activityFigures). */
const sortsByIndexedFigure = new Set(['trained', 'shareOfWomen', 'countries', 'donors']);

/** Ids of the activities a table state selects, in its order; a window of them when limit is given. */
function listActivityIds(db: Db, params: TableParams, window?: { limit: number; offset: number }): number[] {
  const query = sortsByIndexedFigure.has(params.state.sort.id) ? inFiguresOrder(db, params) : inActivityOrder(db, params);
  return selectIds(db, query, window);
}

function inActivityOrder(db: Db, params: TableParams) {
  const { where, orderBy } = filteredActivities(params);
  return selectActivities(db, { id: activities.id }, params.state, 'page').where(where).orderBy(...orderBy).$dynamic();
}

/**
 * By people trained, the share of women, or the first name of the countries or donors, an index
 * of the figures gives the order: walked in it, each activity kept if the state selects it, a page
 * stops after its rows. Joined the other way round, SQLite read every live activity and sorted
 * them all (at scale, ~40 ms by people trained or the share of women; by a name, computed for
 * each activity, 125-200 ms).
 */
function inFiguresOrder(db: Db, params: TableParams) {
  const { where, orderBy } = filteredActivities(params, activityFigures.activityId);
  const selected = selectActivities(db, { one: sql`1` }, params.state, 'figures').where(and(eq(activities.id, activityFigures.activityId), where));
  return db.select({ id: activityFigures.activityId }).from(activityFigures).where(exists(selected)).orderBy(...orderBy).$dynamic();
}

/** How many activities a table state selects. */
export function countActivities(db: Db, params: TableParams) {
  const { where } = filteredActivities(params);
  const matching = selectActivities(db, { id: activities.id }, params.state, 'count').where(where).as('matching');
  return countRows(db, matching, undefined, params.counting ?? 'capped');
}

/** The rows of the activities table for the given ids (already scoped), in the order of the ids. */
function loadActivityRows(db: Db, ids: number[], today: string) {
  if (ids.length === 0) return [];
  const rows = db
    .select({
      id: activities.id,
      name: activities.name,
      programId: programs.id,
      programName: programs.name,
      commencementDate: activities.commencementDate,
      commencementPrecision: activities.commencementPrecision,
      completionDate: activities.completionDate,
      completionPrecision: activities.completionPrecision,
      status: activityStatusSql(today),
      isArchived: sql<boolean>`${activities.archivedAt} is not null`.mapWith(Boolean),
      trained: activityFigures.trainedTotal,
      genderRecordedWomen: activityFigures.genderRecordedWomen,
      genderRecordedBase: activityFigures.genderRecordedBase,
    })
    .from(activities)
    .innerJoin(programs, eq(programs.id, activities.programId))
    .innerJoin(activityFigures, eq(activityFigures.activityId, activities.id))
    .where(inArray(activities.id, ids))
    .all();

  const countries = db
    .select({ activityId: activityCountries.activityId, code: memberStates.code, nameEn: memberStates.nameEn, nameEs: memberStates.nameEs })
    .from(activityCountries)
    .innerJoin(memberStates, eq(memberStates.code, activityCountries.countryCode))
    .where(inArray(activityCountries.activityId, ids))
    .orderBy(asc(memberStates.nameEn))
    .all();
  const funders = db
    .select({ activityId: activityDonors.activityId, id: donors.id, name: donors.name, nameEs: donors.nameEs })
    .from(activityDonors)
    .innerJoin(donors, eq(donors.id, activityDonors.donorId))
    .where(inArray(activityDonors.activityId, ids))
    .orderBy(asc(donors.name))
    .all();

  const countriesOf = byActivity(countries);
  const fundersOf = byActivity(funders);
  return inIdOrder(
    ids,
    rows.map(({ genderRecordedWomen: women, genderRecordedBase: base, ...row }) => ({
      ...row,
      status: row.status as ActivityStatus,
      shareOfWomen: shareOfWomen(women, base),
      countries: (countriesOf.get(row.id) ?? []).map(({ code, nameEn, nameEs }) => ({ code, nameEn, nameEs })),
      donors: (fundersOf.get(row.id) ?? []).map(({ id, name, nameEs }) => ({ id, name, nameEs })),
    })),
  );
}

export type ActivityRow = ReturnType<typeof loadActivityRows>[number];

/** One page of the activities table, as the viewer may see it, with the total the filters select. */
export function listActivities(db: Db, params: TableParams) {
  const today = params.today ?? todayIso();
  const { total, capped } = countActivities(db, { ...params, today });
  const { page, pageCount, limit, offset } = pageWindow(params.state, total);
  const ids = listActivityIds(db, { ...params, today }, { limit, offset });
  return { rows: loadActivityRows(db, ids, today), total, capped, page, pageCount };
}

/** Every activity the filters select, in batches, for an export: never all rows in memory at once. */
export function* exportActivities(db: Db, params: TableParams, batchSize = 1000): Generator<ActivityRow[]> {
  const today = params.today ?? todayIso();
  for (const ids of chunks(listActivityIds(db, { ...params, today }), batchSize)) yield loadActivityRows(db, ids, today);
}

/** An activity with everything its sheet says, or undefined when the viewer may not see it. */
export function getActivity(db: Db, params: { viewer: Viewer; id: number; today?: string }) {
  const activity = db
    .select({
      id: activities.id,
      name: activities.name,
      programId: programs.id,
      programName: programs.name,
      programSummary: programs.summary,
      programObjectives: programs.objectives,
      pillar: programs.pillar,
      unitCode: orgUnits.code,
      ...activityPeriodColumns,
      status: activityStatusSql(params.today ?? todayIso()),
      targetBeneficiaries: activities.targetBeneficiaries,
      summary: activities.summary,
      objectives: activities.objectives,
      results: activities.results,
      additionalInfoUrl: activities.additionalInfoUrl,
      notes: activities.notes,
      sources: activities.sources,
      archivedAt: activities.archivedAt,
    })
    .from(activities)
    .innerJoin(programs, eq(programs.id, activities.programId))
    .innerJoin(orgUnits, eq(orgUnits.id, programs.unitId))
    .where(and(eq(activities.id, params.id), activityScope(params.viewer, { includeArchived: includesArchived(params.viewer, true) })))
    .get();
  if (!activity) return undefined;

  const countries = db
    .select({ code: memberStates.code, nameEn: memberStates.nameEn, nameEs: memberStates.nameEs })
    .from(activityCountries)
    .innerJoin(memberStates, eq(memberStates.code, activityCountries.countryCode))
    .where(eq(activityCountries.activityId, activity.id))
    .orderBy(asc(memberStates.nameEn))
    .all();
  const funders = db
    .select({ id: donors.id, name: donors.name, nameEs: donors.nameEs, amount: activityDonors.amount, currency: activityDonors.currency })
    .from(activityDonors)
    .innerJoin(donors, eq(donors.id, activityDonors.donorId))
    .where(eq(activityDonors.activityId, activity.id))
    .orderBy(asc(donors.name))
    .all();
  return { ...activity, status: activity.status as ActivityStatus, countries, donors: funders };
}

export type ActivityDetail = NonNullable<ReturnType<typeof getActivity>>;

/** The live events of an activity the caller has already found visible. */
export function listActivityEvents(db: Db, params: { activityId: number }) {
  return db
    .select({
      id: events.id,
      kind: events.kind,
      title: events.title,
      countryCode: events.countryCode,
      startDate: events.startDate,
      startPrecision: events.startPrecision,
      modality: events.modality,
      women: events.women,
      men: events.men,
      notDisaggregated: events.notDisaggregated,
      total: eventTotal,
      isApproximate: events.isApproximate,
    })
    .from(events)
    .where(and(eq(events.activityId, params.activityId), isNull(events.archivedAt)))
    .orderBy(sql`${events.startDate} asc nulls last`, asc(events.id))
    .all();
}

/**
 * The programs and donors the filters of the activities table offer: every live one for staff
 * (a plain list, no scan of the activities), and for a donor those of its own portfolio.
 */
export function listActivityFilterOptions(db: Db, params: { viewer: Viewer }): { programs: Option[]; donors: Option[] } {
  const toOptions = (rows: { id: number; name: string }[]) => rows.map((r) => ({ value: String(r.id), label: r.name }));
  if (!isDonor(params.viewer)) {
    return {
      programs: toOptions(db.select({ id: programs.id, name: programs.name }).from(programs).where(isNull(programs.archivedAt)).orderBy(asc(programs.name)).all()),
      donors: toOptions(db.select({ id: donors.id, name: donors.name }).from(donors).where(isNull(donors.archivedAt)).orderBy(asc(donors.name)).all()),
    };
  }
  const portfolioPrograms = db
    .selectDistinct({ id: programs.id, name: programs.name })
    .from(programs)
    .innerJoin(activities, eq(activities.programId, programs.id))
    .where(activityScope(params.viewer))
    .orderBy(asc(programs.name))
    .all();
  const self = db.select({ id: donors.id, name: donors.name }).from(donors).where(eq(donors.id, params.viewer.donorId)).all();
  return { programs: toOptions(portfolioPrograms), donors: toOptions(self) };
}

export interface Option {
  value: string;
  label: string;
}
