// Measures the tables on a large synthetic database: for each table, the first page, a filtered
// page and a sorted page, timed over HTTP against the production build, signed in as a viewer
// (and a donor). Prints the median and 95th percentile of each, and beside them the same page's
// queries alone, run in this process, to tell the data layer's share from rendering.
//   npm run bench:tables [-- --activities 100000 --trainings 1000000 --runs 10 --db /tmp/dps-bench.db --reuse --no-build]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/client';
import { listActivities } from '@/db/queries/activities';
import { listDonors } from '@/db/queries/donors';
import { listEvents } from '@/db/queries/events';
import { listPrograms } from '@/db/queries/programs';
import type { Viewer } from '@/db/viewer';
import { tableSpecs, type TableName } from '@/lib/table-specs';
import { parseTableState } from '@/lib/table-state';
import { signIn, startServer } from './server';

const { values } = parseArgs({
  options: {
    activities: { type: 'string', default: '100000' },
    trainings: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '10' },
    db: { type: 'string', default: path.join(os.tmpdir(), 'dps-bench.db') },
    reuse: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);

const queries = { activities: listActivities, programs: listPrograms, events: listEvents, donors: listDonors };

const cases: { table: TableName; label: string; query: string; account?: 'canada' }[] = [
  { table: 'activities', label: 'first page', query: '' },
  { table: 'activities', label: 'filtered: completed in Central America', query: 'f.countries=sub:central_america&f.status=completed' },
  { table: 'activities', label: 'sorted: by name', query: 'sort=name' },
  { table: 'activities', label: 'sorted: by people trained', query: 'sort=-trained' },
  { table: 'activities', label: 'first page, Canada donor', query: '', account: 'canada' },
  { table: 'programs', label: 'first page', query: '' },
  { table: 'programs', label: 'filtered: CICTE', query: 'f.unit=CICTE' },
  { table: 'programs', label: 'sorted: by people trained', query: 'sort=-trained' },
  { table: 'events', label: 'first page', query: '' },
  { table: 'events', label: 'filtered: workshops in El Salvador with no women', query: 'f.kind=workshop&f.country=SV&f.women.max=0' },
  { table: 'events', label: 'sorted: by total', query: 'sort=-total' },
  { table: 'events', label: 'first page, Canada donor', query: '', account: 'canada' },
  { table: 'donors', label: 'first page', query: '' },
  { table: 'donors', label: 'filtered: kind other', query: 'f.kind=other' },
  { table: 'donors', label: 'sorted: by activities funded', query: 'sort=-activities' },
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Median and 95th percentile of `runs` timed calls, after one untimed warm-up call. */
async function measure(call: () => unknown): Promise<[number, number]> {
  const timings: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const started = performance.now();
    await call();
    if (i > 0) timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return [percentile(timings, 50), percentile(timings, 95)];
}

async function main() {
  const file = path.resolve(values.db);
  if (!values.reuse || !fs.existsSync(file)) {
    execFileSync('npx', ['tsx', 'scripts/db-synth.ts', '--activities', values.activities, '--trainings', values.trainings, '--out', file], { stdio: 'inherit' });
  }
  if (!values['no-build']) execFileSync('npx', ['next', 'build'], { stdio: 'inherit' });

  const { base, stop } = await startServer(file);
  try {
    const sessions = { viewer: await signIn(base, 'viewer@demo.dps-results.org'), canada: await signIn(base, 'canada@demo.dps-results.org') };

    console.log(`\n${values.activities} activities, ${values.trainings} events; ${runs} timed requests per case after one warm-up\n`);
    const db = openDatabase(file);
    const viewers: Record<'viewer' | 'canada', Viewer> = {
      viewer: { id: 0, role: 'viewer', donorId: null },
      canada: { id: 0, role: 'donor', donorId: db.$client.prepare("select id from donors where name = 'Canada'").pluck().get() as number },
    };
    console.log('| table | case | HTTP median ms | HTTP p95 ms | queries median ms | queries p95 ms |');
    console.log('| --- | --- | ---: | ---: | ---: | ---: |');
    for (const c of cases) {
      const url = `${base}/${c.table}${c.query ? `?${c.query}` : ''}`;
      const cookie = sessions[c.account ?? 'viewer'];
      const http = await measure(async () => {
        const response = await fetch(url, { headers: { Cookie: cookie }, redirect: 'manual' });
        await response.text();
        if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
      });
      const { state } = parseTableState(tableSpecs[c.table], new URLSearchParams(c.query));
      const data = await measure(() => queries[c.table](db, { viewer: viewers[c.account ?? 'viewer'], state }));
      console.log(`| ${c.table} | ${c.label} | ${[...http, ...data].map((ms) => ms.toFixed(0)).join(' | ')} |`);
    }
    db.$client.close();
  } finally {
    stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
