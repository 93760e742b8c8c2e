import fs from 'node:fs';
import { expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { databasePath } from './environment';

// Helpers for the table specs: the throw-away database read directly (to know what the data
// holds, independently of the app's queries), table locators, and downloaded exports.

/** One value from the throw-away database the server runs on. */
export function dbValue<T = number>(sql: string, ...params: unknown[]): T {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).pluck().get(...params) as T;
  } finally {
    db.close();
  }
}

export const bodyRows = (page: Page, table: string) => page.getByTestId(`${table}-table`).locator('tbody tr');
export const range = (page: Page) => page.getByTestId('table-range');

/** Clicks an export link and returns the file: its name and bytes. */
export async function download(page: Page, linkName: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
}

/** A downloaded CSV checked for its byte-order mark, then read into records keyed by header. */
export function csvRecords(bytes: Buffer): Record<string, string>[] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes, { bom: true, columns: true, skip_empty_lines: true });
}

export const sum = (records: Record<string, string>[], column: string) => records.reduce((total, r) => total + Number(r[column] || 0), 0);
