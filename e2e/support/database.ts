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
