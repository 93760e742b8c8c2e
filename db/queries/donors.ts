import { and, count, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { pageWindow, type TableState } from '@/lib/table-state';
import type { Db } from '../client';
import { donorFigures, donors } from '../schema';
import { includesArchived } from '../scope';
import { chunks, inIdOrder, selectIds, stateConditions, stateOrderBy, type ColumnsSql } from '../table-sql';
import type { Viewer } from '../viewer';

interface TableParams {
  viewer: Viewer;
  state: TableState;
}

// The figures are each donor's stored ones, over the live activities it funds: what staff see,
// and for a donor (who sees its own row only) exactly its scope.

/** How each column of the donors table sorts, filters and searches. */
const donorColumns: ColumnsSql = {
  name: { value: donors.name, searchable: true },
  kind: { value: donors.kind },
  activities: { value: donorFigures.activities },
  countries: { value: donorFigures.countries },
  amount: { value: donorFigures.amount },
};

/** Staff see every donor; a donor sees itself only. */
function donorVisibility(viewer: Viewer, archived: boolean): SQL | undefined {
  if (viewer.role === 'donor') return and(eq(donors.id, viewer.donorId ?? -1), isNull(donors.archivedAt));
  return includesArchived(viewer, archived) ? undefined : isNull(donors.archivedAt);
}

function filteredDonors(params: TableParams) {
  const where = and(donorVisibility(params.viewer, params.state.archived), ...stateConditions(donorColumns, params.state));
  return { where, orderBy: stateOrderBy(donorColumns, params.state, donors.id) };
}

function listDonorIds(db: Db, params: TableParams, window?: { limit: number; offset: number }): number[] {
  const { where, orderBy } = filteredDonors(params);
  const query = db
    .select({ id: donors.id })
    .from(donors)
    .innerJoin(donorFigures, eq(donorFigures.donorId, donors.id))
    .where(where)
    .orderBy(...orderBy);
  return selectIds(db, query, window);
}

/** How many donors a table state selects. */
export function countDonors(db: Db, params: TableParams): number {
  return db.select({ n: count() }).from(donors).innerJoin(donorFigures, eq(donorFigures.donorId, donors.id)).where(filteredDonors(params).where).get()!.n;
}

function loadDonorRows(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  const rows = db
    .select({
      id: donors.id,
      name: donors.name,
      nameEs: donors.nameEs,
      kind: donors.kind,
      isArchived: sql<boolean>`${donors.archivedAt} is not null`.mapWith(Boolean),
      activities: donorFigures.activities,
      countries: donorFigures.countries,
      /** The sum of the amounts stated; null when none is. */
      amount: donorFigures.amount,
      /** The currency of the amount, or null when the amounts are in more than one. */
      currency: donorFigures.currency,
    })
    .from(donors)
    .innerJoin(donorFigures, eq(donorFigures.donorId, donors.id))
    .where(inArray(donors.id, ids))
    .all();
  return inIdOrder(ids, rows);
}

export type DonorRow = ReturnType<typeof loadDonorRows>[number];

/** One page of the donors table, with figures over the activities the viewer may see. */
export function listDonors(db: Db, params: TableParams) {
  const total = countDonors(db, params);
  const { page, pageCount, limit, offset } = pageWindow(params.state, total);
  return { rows: loadDonorRows(db, listDonorIds(db, params, { limit, offset })), total, page, pageCount };
}

/** Every donor the filters select, in batches, for an export. */
export function* exportDonors(db: Db, params: TableParams, batchSize = 1000): Generator<DonorRow[]> {
  for (const ids of chunks(listDonorIds(db, params), batchSize)) yield loadDonorRows(db, ids);
}
