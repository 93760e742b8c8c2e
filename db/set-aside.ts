import type { Db } from './client';

/** A trigger or an index, as sqlite_master holds it: its own SQL creates it again. */
export interface SchemaObject {
  type: 'trigger' | 'index';
  name: string;
  sql: string;
}

/** The triggers or indexes of sqlite_master that `keep` selects (not the automatic indexes, which have no SQL). */
export function schemaObjects(db: Db, type: SchemaObject['type'], keep: (object: { name: string; tableName: string }) => boolean): SchemaObject[] {
  const rows = db.$client.prepare('select name, tbl_name as tableName, sql from sqlite_master where type = ? and sql is not null').all(type) as {
    name: string;
    tableName: string;
    sql: string;
  }[];
  return rows.filter(keep).map(({ name, sql }) => ({ type, name, sql }));
}

/**
 * Runs a bulk load with some triggers or indexes dropped, then creates them again from their SQL,
 * with `after` (what they would have kept up) in the same transaction: kept row by row, they made
 * the synthetic data load several times slower.
 */
export function withSetAside(db: Db, objects: SchemaObject[], load: () => void, after: () => void = () => {}): void {
  const sqlite = db.$client;
  for (const object of objects) sqlite.exec(`drop ${object.type} "${object.name}"`);
  try {
    load();
  } finally {
    sqlite.transaction(() => {
      for (const object of objects) sqlite.exec(object.sql);
      after();
    })();
  }
}
