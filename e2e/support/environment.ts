import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

// Resolved once in Playwright's main process and handed to its workers through the environment,
// which they inherit: each run gets a free port and its own throw-away database.

function freePort(): string {
  const script = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
}

process.env.E2E_PORT ??= freePort();
process.env.E2E_DATABASE_PATH ??= path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dps-results-e2e-')), 'e2e.db');

export const port = Number(process.env.E2E_PORT);
export const baseURL = `http://127.0.0.1:${port}`;
export const databasePath = process.env.E2E_DATABASE_PATH;

/** Refuses any database but a throw-away one under the system's temporary directory. */
export function assertThrowAwayDatabase(file: string): void {
  const demo = path.resolve('data');
  const resolved = path.resolve(file);
  if (resolved.startsWith(demo + path.sep) || !resolved.startsWith(os.tmpdir() + path.sep)) {
    throw new Error(`End-to-end tests run only against a throw-away database in ${os.tmpdir()}, not ${resolved}`);
  }
}

/**
 * CHROMIUM_PATH, else Playwright's own Chromium where it is installed, else Debian's headless
 * shell (what Playwright runs headless, and twice as fast here as the full browser), else
 * Debian's full browser.
 */
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (fs.existsSync(chromium.executablePath())) return undefined;
  const headlessShell = '/usr/bin/chromium-headless-shell';
  return fs.existsSync(headlessShell) ? headlessShell : '/usr/bin/chromium';
}
