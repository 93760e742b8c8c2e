import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrateDatabase } from './migrate';
import { openDatabase } from './client';

/** Tables a DPS Results database must hold; a file without them is not one of ours. */
const REQUIRED_TABLES = ['__drizzle_migrations', 'member_states', 'programs', 'activities', 'events', 'users', 'audit_events'];

export class BackupProblem extends Error {}

/**
 * Copies the live database to `target` with SQLite's online backup API: a consistent snapshot
 * even while the server keeps writing (a write during the copy makes SQLite restart it).
 */
export async function backupDatabase(source: string, target: string): Promise<{ pages: number }> {
  if (!fs.existsSync(source)) throw new BackupProblem(`No database at ${source}`);
  if (path.resolve(source) === path.resolve(target)) throw new BackupProblem('The backup must go to another file than the database');
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const live = new Database(source, { fileMustExist: true });
  try {
    live.pragma('busy_timeout = 5000');
    const { totalPages } = await live.backup(target);
    checkBackup(target);
    return { pages: totalPages };
  } finally {
    live.close();
  }
}

/** Refuses a file that is not a whole, uncorrupted DPS Results database. */
export function checkBackup(file: string): void {
  if (!fs.existsSync(file)) throw new BackupProblem(`No file at ${file}`);
  const header = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.toString('latin1') !== 'SQLite format 3\0') throw new BackupProblem(`${file} is not an SQLite database`);

  const backup = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = backup.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupProblem(`${file} fails the integrity check: ${String(integrity)}`);
    const tables = new Set((backup.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
    const missing = REQUIRED_TABLES.filter((table) => !tables.has(table));
    if (missing.length) throw new BackupProblem(`${file} is not a DPS Results database (no ${missing.join(', ')})`);
  } finally {
    backup.close();
  }
}

/**
 * Replaces the content of the database at `target` with a checked backup, through the backup
 * API again so that a running server sees either the old or the new database, never a mix;
 * then applies any migration newer than the backup.
 */
export async function restoreDatabase(backupFile: string, target: string): Promise<{ pages: number }> {
  checkBackup(backupFile);
  if (path.resolve(backupFile) === path.resolve(target)) throw new BackupProblem('The backup and the database are the same file');
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const backup = new Database(backupFile, { readonly: true, fileMustExist: true });
  let pages: number;
  try {
    ({ totalPages: pages } = await backup.backup(target));
  } finally {
    backup.close();
  }
  const restored = openDatabase(target);
  try {
    migrateDatabase(restored);
  } finally {
    restored.$client.close();
  }
  return { pages };
}
