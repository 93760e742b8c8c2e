import { and, count, getTableColumns, getTableName, or, sql, type AnyColumn, type SQL, type Subquery } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { FilterValue, TableState } from '@/lib/table-state';
import type { Db } from './client';
import { memoizeByData } from './data-memo';

// Turns a table's URL state into portable SQL: WHERE conditions from filters and the global
// search, ORDER BY from the sort. Each table query says which SQL expression stands for each
// column; this module does the rest the same way for every table.

export interface ColumnSql {
  /** The expression the column sorts and filters by. */
  value: SQL | AnyColumn;
  /** Whether the global search looks in this column. */
  searchable?: boolean;
  /** A filter that is not a plain comparison of `value` (e.g. "has a country in this subregion"). */
  filter?: (filter: FilterValue) => SQL | undefined;
  /** "Contains" said another way than `containsText(value)` (through an index), with the same result. */
  contains?: (text: string) => SQL;
}

export type ColumnsSql = Record<string, ColumnSql>;

/** Case-insensitive "contains", with the user's % and _ taken literally. */
export function containsText(expression: SQL | AnyColumn, text: string): SQL {
  const escaped = text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
  return sql`lower(${expression}) like ${`%${escaped}%`} escape '\\'`;
}

const contains = (column: ColumnSql, text: string): SQL => (column.contains ? column.contains(text) : containsText(column.value, text));

function comparison(column: ColumnSql, filter: FilterValue): SQL | undefined {
  const expression = column.value;
  switch (filter.kind) {
    case 'text':
      return contains(column, filter.value);
    case 'choice':
      return sql`${expression} = ${filter.value}`;
    case 'dateRange':
      return and(filter.from ? sql`${expression} >= ${filter.from}` : undefined, filter.to ? sql`${expression} <= ${filter.to}` : undefined);
    case 'numberRange':
      return and(
        filter.min !== undefined ? sql`${expression} >= ${filter.min}` : undefined,
        filter.max !== undefined ? sql`${expression} <= ${filter.max}` : undefined,
      );
  }
}

/** The WHERE conditions of a state's filters and search (without the scope). */
export function stateConditions(columns: ColumnsSql, state: Pick<TableState, 'filters' | 'q'>): SQL[] {
  const conditions: SQL[] = [];
  for (const [id, filter] of Object.entries(state.filters)) {
    const column = columns[id];
    const condition = column && (column.filter ? column.filter(filter) : comparison(column, filter));
    if (condition) conditions.push(condition);
  }
  if (state.q) {
    const searchable = Object.values(columns).filter((c) => c.searchable);
    const match = or(...searchable.map((c) => contains(c, state.q)));
    if (match) conditions.push(match);
  }
  return conditions;
}

/**
 * Past this many rows a table page stops counting and says "more than": counting a million cost
 * more than the page, and even 10,000 matches of a filter took ~40 ms to count at scale.
 */
export const COUNT_CAP = 1_000;

/**
 * How the rows a WHERE selects are counted: a table page stops at COUNT_CAP (`capped` when more
 * match); the API, whose cursors page through everything, counts them all.
 */
export type Counting = 'capped' | 'exact';

interface CountQuery {
  get(): { n: number } | undefined;
  toSQL(): { sql: string; params: unknown[] };
}

// Kept until the data changes, keyed by the statement and its parameters (the viewer's scope is
// among them): every page of the same view asks the same count, and the API's exact count of a
// million events took 100 ms on each of its pages.
const keptCount = memoizeByData(
  (_db: Db, query: CountQuery) => query.get()!.n,
  (query) => JSON.stringify(query.toSQL()),
);

export function countRows(db: Db, from: SQLiteTable | Subquery, where: SQL | undefined, counting: Counting): { total: number; capped: boolean } {
  if (counting === 'exact') return { total: keptCount(db, db.select({ n: count() }).from(from).where(where)), capped: false };
  const matching = db.select({ one: sql`1`.as('one') }).from(from).where(where).limit(COUNT_CAP + 1).as('matching');
  const n = keptCount(db, db.select({ n: count() }).from(matching));
  return n > COUNT_CAP ? { total: COUNT_CAP, capped: true } : { total: n, capped: false };
}

/**
 * ORDER BY for a state's sort: "not stated" last in both directions (standard NULLS LAST, which
 * SQLite and PostgreSQL both read), then `thenBy` if the table has one, then the id, so pages never
 * overlap. `thenBy` keeps the order an index stores it in (NULL lowest, as in SQLite), written out
 * so that PostgreSQL orders the same way: an index on (column, thenBy) then serves the whole sort.
 */
export function stateOrderBy(columns: ColumnsSql, state: Pick<TableState, 'sort'>, tieBreak: AnyColumn, thenBy?: AnyColumn): SQL[] {
  const column = columns[state.sort.id];
  const direction = state.sort.desc ? sql`desc` : sql`asc`;
  if (!column) return [sql`${tieBreak} ${direction}`];
  const then = thenBy && thenBy !== column.value ? [sql`${thenBy} ${state.sort.desc ? sql`desc nulls last` : sql`asc nulls first`}`] : [];
  return [sql`${column.value} ${direction} nulls last`, ...then, sql`${tieBreak} ${direction}`];
}

/**
 * A column written as "table"."column" even where Drizzle would leave the table out (the select
 * list of a one-table query), so a correlated subquery can point at the outer row.
 */
export function outer(table: SQLiteTable, key: string): SQL {
  const column = getTableColumns(table)[key];
  if (!column) throw new Error(`No column ${key} in ${getTableName(table)}`);
  return sql`${sql.identifier(getTableName(table))}.${sql.identifier(column.name)}`;
}

/** Rows loaded by id, put back in the order of the ids. */
export function inIdOrder<Row extends { id: number }>(ids: number[], rows: Row[]): Row[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Rows grouped by their activity, in their order: one pass, however many activities. */
export function byActivity<T extends { activityId: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.activityId);
    if (group) group.push(row);
    else groups.set(row.activityId, [row]);
  }
  return groups;
}

/** Splits ids into chunks small enough for one `in (...)` list. */
export function* chunks<T>(items: T[], size = 500): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

interface IdQuery {
  limit(limit: number): { offset(offset: number): { all(): { id: number }[] } };
  toSQL(): { sql: string; params: unknown[] };
}

/**
 * The ids a one-column query selects, in its order: one page of them, or all of them for an
 * export. All of them come as plain numbers straight from the driver: a million events as the
 * ORM's row objects took more memory than a 256 MB heap has, before the export's first byte.
 */
export function selectIds(db: Db, query: IdQuery, window?: { limit: number; offset: number }): number[] {
  if (window) return query.limit(window.limit).offset(window.offset).all().map((row) => row.id);
  const { sql: text, params } = query.toSQL();
  return db.$client.prepare(text).pluck().all(...params) as number[];
}
