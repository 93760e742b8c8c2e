import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editsIn, startWriter } from '@/test/numbered-edits';
import { openDemoDatabase, tempDatabaseFile } from '@/test/temp-database';
import { backupDatabase, BackupProblem, checkBackup, restoreDatabase } from './backup';
import { openDatabase } from './client';

/** Every row of every table, to compare two databases whole (search indexes are derived from them: left out). */
function contents(file: string): Record<string, unknown[]> {
  const db = openDatabase(file);
  try {
    const tables = db.$client.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' ORDER BY name").all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, db.$client.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
  } finally {
    db.$client.close();
  }
}

async function demoFile(): Promise<string> {
  const db = openDemoDatabase();
  const file = db.$client.name;
  db.$client.close();
  return file;
}

describe('backup and restore', () => {
  it('backs up a consistent snapshot while a writer edits, and restores exactly that snapshot', { timeout: 60_000 }, async () => {
    const live = await demoFile();
    const backupFile = path.join(path.dirname(tempDatabaseFile()), 'backup.db');

    const writer = startWriter(live, 1, 400);
    await writer.ready;
    await new Promise((resolve) => setTimeout(resolve, 100));
    await backupDatabase(live, backupFile);
    const { committed } = await writer.exited;

    checkBackup(backupFile);
    const backup = openDatabase(backupFile);
    const inBackup = editsIn(backup);
    backup.$client.close();
    // A snapshot holds the edits committed up to one moment: a prefix 1..k, no gaps.
    expect(inBackup.size).toBeGreaterThan(0);
    expect([...inBackup].sort((a, b) => a - b)).toEqual(committed.slice(0, inBackup.size));
    console.info(`Backup under load: ${inBackup.size} of ${committed.length} edits in the snapshot`);

    // The live database moved on; restoring puts it back to the snapshot.
    const moved = openDatabase(live);
    expect(editsIn(moved).size).toBe(400);
    moved.$client.close();
    await restoreDatabase(backupFile, live);
    expect(contents(live)).toEqual(contents(backupFile));
  });

  it('refuses to restore a file that is not a sound DPS Results database, and leaves the database as it was', async () => {
    const live = await demoFile();
    const before = contents(live);
    const dir = path.dirname(tempDatabaseFile());

    const text = path.join(dir, 'notes.db');
    fs.writeFileSync(text, 'not a database');
    await expect(restoreDatabase(text, live)).rejects.toThrow(/not an SQLite database/);

    const foreign = path.join(dir, 'foreign.db');
    openDatabase(foreign).$client.exec('CREATE TABLE t (x)');
    await expect(restoreDatabase(foreign, live)).rejects.toThrow(/not a DPS Results database/);

    const corrupt = path.join(dir, 'corrupt.db');
    await backupDatabase(live, corrupt);
    const bytes = fs.readFileSync(corrupt);
    bytes.fill(0x5a, 4096 * 3, 4096 * 6);
    fs.writeFileSync(corrupt, bytes);
    await expect(restoreDatabase(corrupt, live)).rejects.toThrow(BackupProblem);

    await expect(restoreDatabase(path.join(dir, 'missing.db'), live)).rejects.toThrow(/No file/);
    expect(contents(live)).toEqual(before);
  });
});
