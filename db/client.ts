import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

/** The database file: DATABASE_PATH, or data/dps-results.db in the project. */
export function databasePath(): string {
  return process.env.DATABASE_PATH ?? path.join(process.cwd(), 'data', 'dps-results.db');
}

/** Opens a database file with the pragmas every connection needs. */
export function openDatabase(file: string = databasePath()) {
  const sqlite = new Database(file);
  // WAL lets the dashboard read while an editor writes; the timeout waits out a short lock
  // instead of failing with SQLITE_BUSY.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  // Reads of a large database go through the OS page cache instead of SQLite's small default
  // cache: several times faster for table counts and aggregates over a million events.
  sqlite.pragma('mmap_size = 1073741824');
  return drizzle(sqlite, { schema, logger: sqlLogger() });
}

/**
 * With DPS_SQL_LOG set, every statement and its parameters are appended to that file as a JSON
 * line: `npm run bench` replays a page's statements directly on better-sqlite3, as its floor.
 */
function sqlLogger() {
  const file = process.env.DPS_SQL_LOG;
  if (!file) return undefined;
  return { logQuery: (query: string, params: unknown[]) => fs.appendFileSync(file, `${JSON.stringify({ query, params })}\n`) };
}

export type Db = ReturnType<typeof openDatabase>;
