import Database from 'better-sqlite3';
import { databasePath } from '../support/environment';

/** Ids of demo records in the throw-away database the server runs on, looked up by name. */
export function demoIds() {
  const sqlite = new Database(databasePath, { readonly: true, fileMustExist: true });
  const idOf = (table: 'donors' | 'programs' | 'activities', name: string): number => {
    const row = sqlite.prepare(`select id from ${table} where name = ?`).get(name) as { id: number } | undefined;
    if (!row) throw new Error(`No ${table} named ${name} in the demo data`);
    return row.id;
  };
  return {
    donor: (name: string) => idOf('donors', name),
    program: (name: string) => idOf('programs', name),
    activity: (name: string) => idOf('activities', name),
  };
}
