import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';

/** A fresh file under the run's temporary directory (removed after the run); never the demo database. */
export function tempDatabaseFile(): string {
  return path.join(fs.mkdtempSync(path.join(inject('tempRoot'), 'db-')), 'test.db');
}

/** An empty, migrated database. */
export function openEmptyDatabase(): Db {
  const db = openDatabase(tempDatabaseFile());
  migrateDatabase(db);
  return db;
}

/**
 * A database holding exactly the demo data: a copy of the one built for the run, which takes a few
 * milliseconds where building it (migrations, seed, a bcrypt hash) takes over half a second.
 */
export function openDemoDatabase(): Db {
  const file = tempDatabaseFile();
  fs.copyFileSync(inject('demoTemplate'), file);
  return openDatabase(file);
}
