import { describe, expect, it } from 'vitest';
import { openDemoDatabase } from '@/test/temp-database';
import { editsIn, startWriter } from '@/test/numbered-edits';
import { openDatabase } from './client';

// How many times the writer is killed. Each kill costs a writer start (~1 s under tsx), so
// `npm test` kills 8 times; for a soak run e.g. `CRASH_CYCLES=200 npx vitest run db/crash-safety.test.ts`.
const CYCLES = Number(process.env.CRASH_CYCLES ?? 8);

describe('a writer killed with SIGKILL loses nothing it committed', () => {
  it(`survives ${CYCLES} kills at random moments`, { timeout: CYCLES * 10_000 }, async () => {
    const seeded = openDemoDatabase();
    const file = seeded.$client.name;
    seeded.$client.close();

    const reported = new Set<number>();
    let next = 1;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const writer = startWriter(file, next);
      await writer.ready;
      // Kill at a random moment of the edit loop: between, before or inside transactions.
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 200));
      writer.child.kill('SIGKILL');
      const { committed, signal } = await writer.exited;
      expect(signal).toBe('SIGKILL');
      committed.forEach((n) => reported.add(n));

      const db = openDatabase(file);
      try {
        expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
        const present = editsIn(db);
        const lost = [...reported].filter((n) => !present.has(n));
        expect(lost).toEqual([]);
        next = Math.max(next, ...present) + 1;
      } finally {
        db.$client.close();
      }
    }
    // The kills must have landed while edits were being made, not before the first one.
    expect(reported.size).toBeGreaterThan(CYCLES);
    console.info(`Crash safety: ${CYCLES} SIGKILLs survived, all ${reported.size} committed edits present`);
  });
});
