import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { like } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { events } from '@/db/schema';

const TITLE_PREFIX = 'Numbered edit ';
export const numberedEditTitle = (n: number) => `${TITLE_PREFIX}${n}`;

export interface RunningWriter {
  child: ChildProcess;
  /** Resolves once the writer has opened the database and starts editing. */
  ready: Promise<void>;
  /** Resolves when the writer exits, with every edit number it reported as committed. */
  exited: Promise<{ committed: number[]; signal: NodeJS.Signals | null; code: number | null }>;
}

/** Starts test/numbered-writer.ts on `file`, numbering its edits from `first`. */
export function startWriter(file: string, first: number, count?: number): RunningWriter {
  const script = path.join(__dirname, 'numbered-writer.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, file, String(first), ...(count ? [String(count)] : [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  let onReady: () => void;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (output.startsWith('ready\n')) onReady();
  });
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<{ committed: number[]; signal: NodeJS.Signals | null; code: number | null }>((resolve, reject) => {
    child.on('close', (code, signal) => {
      if (code !== 0 && signal === null) reject(new Error(`The writer failed (${code}): ${errors}`));
      const committed = [...output.matchAll(/^committed (\d+)$/gm)].map((m) => Number(m[1]));
      resolve({ committed, signal, code });
    });
  });
  return { child, ready, exited };
}

/** The edit numbers present in the database. */
export function editsIn(db: Db): Set<number> {
  const rows = db.select({ title: events.title }).from(events).where(like(events.title, `${TITLE_PREFIX}%`)).all();
  return new Set(rows.map((row) => Number(row.title.slice(TITLE_PREFIX.length))));
}
