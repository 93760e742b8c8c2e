import { and, count, countDistinct, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { pageWindow, type TableState } from '@/lib/table-state';
import type { Db } from '../client';
import { activities, activityCountries, activityDonors, donors } from '../schema';
import { activityScope, includesArchived } from '../scope';
import { chunks, inIdOrder, outer, stateConditions, stateOrderBy, type ColumnsSql } from '../table-sql';
import type { Viewer } from '../viewer';

interface TableParams {
  viewer: Viewer;
  state: TableState;
}

const donorId = outer(donors, 'id');

/** How each column of the donors table sorts, filters and searches; figures count the viewer's live activities. */
function donorColumns(scope: SQL): ColumnsSql {
  const funded = sql`${activityDonors.donorId} = ${donorId} and ${scope}`;
  const fundedActivities = sql`${activityDonors} inner join ${activities} on ${activities.id} = ${activityDonors.activityId}`;
  return {
    name: { value: donors.name, searchable: true },
    kind: { value: donors.kind },
    activities: { value: sql`(select count(*) from ${fundedActivities} where ${funded})` },
    countries: {
      value: sql`(select count(distinct ${activityCountries.countryCode}) from ${fundedActivities} inner join ${activityCountries} on ${activityCountries.activityId} = ${activities.id} where ${funded})`,
    },
    amount: { value: sql`(select sum(${activityDonors.amount}) from ${fundedActivities} where ${funded})` },
  };
}

/** Staff see every donor; a donor sees itself only. */
function donorVisibility(viewer: Viewer, archived: boolean): SQL | undefined {
  if (viewer.role === 'donor') return and(eq(donors.id, viewer.donorId ?? -1), isNull(donors.archivedAt));
  return includesArchived(viewer, archived) ? undefined : isNull(donors.archivedAt);
}

function filteredDonors(params: TableParams) {
  const columns = donorColumns(activityScope(params.viewer));
  const where = and(donorVisibility(params.viewer, params.state.archived), ...stateConditions(columns, params.state));
  return { where, orderBy: stateOrderBy(columns, params.state, donors.id) };
}

function listDonorIds(db: Db, params: TableParams, window?: { limit: number; offset: number }): number[] {
  const { where, orderBy } = filteredDonors(params);
  const query = db.select({ id: donors.id }).from(donors).where(where).orderBy(...orderBy);
  return (window ? query.limit(window.limit).offset(window.offset) : query).all().map((r) => r.id);
}

/** How many donors a table state selects. */
export function countDonors(db: Db, params: TableParams): number {
  return db.select({ n: count() }).from(donors).where(filteredDonors(params).where).get()!.n;
}

function loadDonorRows(db: Db, viewer: Viewer, ids: number[]) {
  if (ids.length === 0) return [];
  const scope = activityScope(viewer);
  const rows = db
    .select({
      id: donors.id,
      name: donors.name,
      nameEs: donors.nameEs,
      kind: donors.kind,
      isArchived: sql<boolean>`${donors.archivedAt} is not null`.mapWith(Boolean),
    })
    .from(donors)
    .where(inArray(donors.id, ids))
    .all();
  const funding = db
    .select({
      donorId: activityDonors.donorId,
      activities: count(),
      amount: sql<number | null>`sum(${activityDonors.amount})`.mapWith((v) => (v === null ? null : Number(v))),
      currencies: countDistinct(activityDonors.currency),
      currency: sql<string | null>`min(${activityDonors.currency})`,
    })
    .from(activityDonors)
    .innerJoin(activities, eq(activities.id, activityDonors.activityId))
    .where(and(inArray(activityDonors.donorId, ids), scope))
    .groupBy(activityDonors.donorId)
    .all();
  const countries = db
    .select({ donorId: activityDonors.donorId, n: countDistinct(activityCountries.countryCode) })
    .from(activityDonors)
    .innerJoin(activities, eq(activities.id, activityDonors.activityId))
    .innerJoin(activityCountries, eq(activityCountries.activityId, activities.id))
    .where(and(inArray(activityDonors.donorId, ids), scope))
    .groupBy(activityDonors.donorId)
    .all();
  return inIdOrder(
    ids,
    rows.map((row) => {
      const f = funding.find((x) => x.donorId === row.id);
      return {
        ...row,
        activities: f?.activities ?? 0,
        countries: countries.find((x) => x.donorId === row.id)?.n ?? 0,
        /** The sum of the amounts stated; null when none is. */
        amount: f?.amount ?? null,
        /** The currency of the amount, or null when the amounts are in more than one. */
        currency: f && f.currencies === 1 ? f.currency : null,
      };
    }),
  );
}

export type DonorRow = ReturnType<typeof loadDonorRows>[number];

/** One page of the donors table, with figures over the activities the viewer may see. */
export function listDonors(db: Db, params: TableParams) {
  const total = countDonors(db, params);
  const { page, pageCount, limit, offset } = pageWindow(params.state, total);
  return { rows: loadDonorRows(db, params.viewer, listDonorIds(db, params, { limit, offset })), total, page, pageCount };
}

/** Every donor the filters select, in batches, for an export. */
export function* exportDonors(db: Db, params: TableParams, batchSize = 1000): Generator<DonorRow[]> {
  for (const ids of chunks(listDonorIds(db, params), batchSize)) yield loadDonorRows(db, params.viewer, ids);
}
