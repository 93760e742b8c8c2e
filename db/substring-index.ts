import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from './client';
import { activities, events } from './schema';
import { schemaObjects, withSetAside } from './set-aside';
import { containsText } from './table-sql';

// The one SQLite-specific piece of the tables' search: FTS5 trigram indexes (migration 0008,
// kept in step by triggers), which find the rows whose text holds any 3 or more characters
// without reading every row. On PostgreSQL a pg_trgm GIN index plays this part, and the plain
// `lower(column) like` of containsText uses it directly, so this module would return that alone.

interface SubstringIndex {
  /** The FTS5 table, whose rowid is the indexed row's key. */
  name: string;
  key: AnyColumn;
  column: AnyColumn;
}

export const eventTitles: SubstringIndex = { name: 'events_title_search', key: events.id, column: events.title };
export const activityNames: SubstringIndex = { name: 'activities_name_search', key: activities.id, column: activities.name };

/** A trigram needs three characters: shorter text can only be looked for row by row. */
const MIN_INDEXED_LENGTH = 3;

/**
 * containsText(column, text), read through the column's trigram index. The index only narrows
 * the rows down: containsText still decides, so the result is exactly containsText's. The text
 * goes in as one quoted FTS5 phrase (its quotes doubled), so no character of it is query syntax.
 */
export function indexedContains(index: SubstringIndex, text: string): SQL {
  const exact = containsText(index.column, text);
  const lowered = text.toLowerCase();
  if ([...lowered].length < MIN_INDEXED_LENGTH) return exact;
  const phrase = `"${lowered.replaceAll('"', '""')}"`;
  const table = sql.identifier(index.name);
  return sql`(${index.key} in (select rowid from ${table} where ${table} match ${phrase}) and ${exact})`;
}

/**
 * Runs a bulk load (the synthetic data) with the indexes' triggers set aside, then rebuilds each
 * index once from its table. Kept row by row, a million events loaded four times slower, and
 * slower still as the index grew (the synthetic database took over 15 minutes instead of two).
 * The rebuild reads the rows in key order: FTS5's own 'rebuild' reads them in whatever order SQLite
 * picks, which is title order once an index covers the title, and a million keys out of order
 * took it over five minutes.
 */
export function withSubstringIndexesRebuiltAfter(db: Db, load: () => void): void {
  const indexes = [eventTitles, activityNames];
  const triggers = schemaObjects(db, 'trigger', (trigger) => indexes.some((index) => trigger.name.startsWith(`${index.name}_`)));
  withSetAside(db, triggers, load, () => {
    for (const index of indexes) {
      const table = sql.identifier(index.name);
      db.run(sql`insert into ${table} (${table}) values ('delete-all')`);
      db.run(sql`insert into ${table} (rowid, ${sql.identifier(index.column.name)}) select ${index.key}, ${index.column} from ${index.column.table} order by ${index.key}`);
    }
  });
}
