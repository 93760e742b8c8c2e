import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '@/db/client';
import { buildDemoDatabase } from '@/db/demo-database';
import { migrateDatabase } from '@/db/migrate';

/** A fresh file under the system's temporary directory; never the demo database. */
export function tempDatabaseFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dps-results-test-')), 'test.db');
}

/** An empty, migrated database. */
export function openEmptyDatabase(): Db {
  const db = openDatabase(tempDatabaseFile());
  migrateDatabase(db);
  return db;
}

/** A database holding exactly the demo data. */
export async function openDemoDatabase(): Promise<Db> {
  const file = tempDatabaseFile();
  await buildDemoDatabase(file);
  return openDatabase(file);
}
