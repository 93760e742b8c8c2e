import Database from 'better-sqlite3';
import { databasePath } from './environment';

/** Reads the throw-away database the test server runs on, to check what a request changed (or did not). */
export function queryTestDatabase<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/**
 * Everything a request could change, as one string to compare before and after; without the
 * sign-ins other specs make meanwhile (their audit events and the accounts' last sign-in time).
 */
export function databaseFingerprint(): string {
  const tables = queryTestDatabase<{ name: string }>(
    // Plain tables only: a search index's own tables are derived from them (and some have no rowid).
    "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'",
  );
  return JSON.stringify(
    tables.map(({ name }) => {
      if (name === 'audit_events') return queryTestDatabase("SELECT * FROM audit_events WHERE action NOT IN ('sign_in', 'sign_in_locked') ORDER BY id");
      if (name === 'users') return queryTestDatabase('SELECT id, email, role, donor_id, is_active, password_hash, version FROM users ORDER BY id');
      return queryTestDatabase(`SELECT * FROM "${name}" ORDER BY rowid`);
    }),
  );
}
