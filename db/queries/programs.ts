import { and, asc, count, countDistinct, eq, inArray, isNull, sql } from 'drizzle-orm';
import { pageWindow, type TableState } from '@/lib/table-state';
import type { Db } from '../client';
import { activities, activityCountries, activityCountryRollups, donorEventRollups, eventRollups, orgUnits, programs } from '../schema';
import { activityScope, includesArchived } from '../scope';
import { chunks, inIdOrder, outer, selectIds, stateConditions, stateOrderBy, type ColumnsSql } from '../table-sql';
import { isDonor, type Viewer } from '../viewer';

interface TableParams {
  viewer: Viewer;
  state: TableState;
}

const programId = outer(programs, 'id');

/**
 * A donor's counts of activities and of countries for each program it funds, from its portfolio
 * read once: counted program by program, sorting the biggest donor's programs took 0.12-0.25 s
 * at scale by countries and 0.07 s by activities.
 */
function donorProgramCounts(db: Db, viewer: Viewer) {
  return [
    db.$with('donor_program_activities').as(
      db.select({ programId: activities.programId, n: count().as('n') }).from(activities).where(activityScope(viewer)).groupBy(activities.programId),
    ),
    db.$with('donor_program_countries').as(
      db
        .select({ programId: activities.programId, n: countDistinct(activityCountries.countryCode).as('n') })
        .from(activityCountries)
        .innerJoin(activities, eq(activities.id, activityCountries.activityId))
        .where(activityScope(viewer))
        .groupBy(activities.programId),
    ),
  ] as const;
}

type DonorCounts = ReturnType<typeof donorProgramCounts>;
const countOf = (cte: DonorCounts[number]) => sql`coalesce((select ${cte.n} from ${cte} where ${cte.programId} = ${programId}), 0)`;

/**
 * How each column of the programs table sorts, filters and searches; figures count the viewer's
 * live activities. Staff see every live activity, which is what the program's rollups hold: a few
 * rows each instead of every activity's countries and figures. A donor's people trained are its
 * own rollups', its counts the grouped portfolio above.
 */
function programColumns(viewer: Viewer, donorCounts: DonorCounts | undefined): ColumnsSql {
  const activityCount = donorCounts
    ? countOf(donorCounts[0])
    : sql`(select count(*) from ${activities} where ${activities.programId} = ${programId} and ${activityScope(viewer)})`;
  const countries = donorCounts
    ? countOf(donorCounts[1])
    : sql`(select count(*) from ${activityCountryRollups} where ${activityCountryRollups.programId} = ${programId})`;
  const trained = isDonor(viewer)
    ? sql`(select coalesce(sum(${donorEventRollups.trainedTotal}), 0) from ${donorEventRollups} where ${donorEventRollups.donorId} = ${viewer.donorId} and ${donorEventRollups.programId} = ${programId})`
    : sql`(select coalesce(sum(${eventRollups.trainedTotal}), 0) from ${eventRollups} where ${eventRollups.programId} = ${programId})`;
  return {
    name: { value: programs.name, searchable: true },
    unit: { value: orgUnits.code, searchable: true },
    activities: { value: activityCount },
    countries: { value: countries },
    trained: { value: trained },
  };
}

/** The programs a table state selects, and their order: from a query that starts with the CTE it needs, if any. */
function filteredPrograms(db: Db, params: TableParams) {
  const donorCounts = isDonor(params.viewer) ? donorProgramCounts(db, params.viewer) : undefined;
  const columns = programColumns(params.viewer, donorCounts);
  const archived = includesArchived(params.viewer, params.state.archived);
  // A donor sees only the programs of the activities it funds: its portfolio, read once.
  const visible =
    params.viewer.role === 'donor'
      ? sql`${programs.id} in (select ${activities.programId} from ${activities} where ${activityScope(params.viewer)})`
      : undefined;
  const where = and(archived ? undefined : isNull(programs.archivedAt), visible, ...stateConditions(columns, params.state));
  return { from: donorCounts ? db.with(...donorCounts) : db, where, orderBy: stateOrderBy(columns, params.state, programs.id) };
}

function listProgramIds(db: Db, params: TableParams, window?: { limit: number; offset: number }): number[] {
  const { from, where, orderBy } = filteredPrograms(db, params);
  const query = from.select({ id: programs.id }).from(programs).innerJoin(orgUnits, eq(orgUnits.id, programs.unitId)).where(where).orderBy(...orderBy);
  return selectIds(db, query, window);
}

/** How many programs a table state selects. */
export function countPrograms(db: Db, params: TableParams): number {
  const { from, where } = filteredPrograms(db, params);
  return from.select({ n: count() }).from(programs).innerJoin(orgUnits, eq(orgUnits.id, programs.unitId)).where(where).get()!.n;
}

function loadProgramRows(db: Db, viewer: Viewer, ids: number[]) {
  if (ids.length === 0) return [];
  const scope = activityScope(viewer);
  const rows = db
    .select({
      id: programs.id,
      name: programs.name,
      unit: orgUnits.code,
      isArchived: sql<boolean>`${programs.archivedAt} is not null`.mapWith(Boolean),
    })
    .from(programs)
    .innerJoin(orgUnits, eq(orgUnits.id, programs.unitId))
    .where(inArray(programs.id, ids))
    .all();
  const activityCounts = db
    .select({ programId: activities.programId, n: count() })
    .from(activities)
    .where(and(inArray(activities.programId, ids), scope))
    .groupBy(activities.programId)
    .all();
  // As the columns: staff read the rollups (one grouped pass over the page's programs, where a
  // donor's scope is cheaper grouped than row by row).
  const countryCounts = isDonor(viewer)
    ? db
        .select({ programId: activities.programId, n: countDistinct(activityCountries.countryCode) })
        .from(activityCountries)
        .innerJoin(activities, eq(activities.id, activityCountries.activityId))
        .where(and(inArray(activities.programId, ids), scope))
        .groupBy(activities.programId)
        .all()
    : db
        .select({ programId: activityCountryRollups.programId, n: count() })
        .from(activityCountryRollups)
        .where(inArray(activityCountryRollups.programId, ids))
        .groupBy(activityCountryRollups.programId)
        .all();
  const trained = isDonor(viewer)
    ? db
        .select({ programId: donorEventRollups.programId, n: sql<number>`coalesce(sum(${donorEventRollups.trainedTotal}), 0)`.mapWith(Number) })
        .from(donorEventRollups)
        .where(and(eq(donorEventRollups.donorId, viewer.donorId), inArray(donorEventRollups.programId, ids)))
        .groupBy(donorEventRollups.programId)
        .all()
    : db
        .select({ programId: eventRollups.programId, n: sql<number>`coalesce(sum(${eventRollups.trainedTotal}), 0)`.mapWith(Number) })
        .from(eventRollups)
        .where(inArray(eventRollups.programId, ids))
        .groupBy(eventRollups.programId)
        .all();
  const of = (list: { programId: number; n: number }[], id: number) => list.find((x) => x.programId === id)?.n ?? 0;
  return inIdOrder(
    ids,
    rows.map((row) => ({ ...row, activities: of(activityCounts, row.id), countries: of(countryCounts, row.id), trained: of(trained, row.id) })),
  );
}

export type ProgramRow = ReturnType<typeof loadProgramRows>[number];

/** One page of the programs table, with figures over the activities the viewer may see. */
export function listPrograms(db: Db, params: TableParams) {
  const total = countPrograms(db, params);
  const { page, pageCount, limit, offset } = pageWindow(params.state, total);
  return { rows: loadProgramRows(db, params.viewer, listProgramIds(db, params, { limit, offset })), total, page, pageCount };
}

/** Every program the filters select, in batches, for an export. */
export function* exportPrograms(db: Db, params: TableParams, batchSize = 1000): Generator<ProgramRow[]> {
  for (const ids of chunks(listProgramIds(db, params), batchSize)) yield loadProgramRows(db, params.viewer, ids);
}

/** The organisational units, for the unit filter. */
export function listUnits(db: Db) {
  return db.select({ code: orgUnits.code, nameEn: orgUnits.nameEn, nameEs: orgUnits.nameEs }).from(orgUnits).orderBy(asc(orgUnits.code)).all();
}
