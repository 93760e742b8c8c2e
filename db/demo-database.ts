import fs from 'node:fs';
import path from 'node:path';
import { hashPassword } from '@/lib/passwords';
import { openDatabase, type Db } from './client';
import { migrateDatabase } from './migrate';
import { DEMO_PASSWORD, seedDemoData } from './seed';

/** Deletes a database file together with its WAL and shared-memory files. */
function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}

/** Loads the demo data into a migrated, empty database. */
export async function loadDemoData(db: Db): Promise<void> {
  seedDemoData(db, { demoPasswordHash: await hashPassword(DEMO_PASSWORD) });
}

/** Builds the demo database from scratch at `file`: the same content every time. */
export async function buildDemoDatabase(file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  removeDatabaseFiles(file);
  const db = openDatabase(file);
  try {
    migrateDatabase(db);
    await loadDemoData(db);
  } finally {
    db.$client.close();
  }
}
