// `npm run bench`: the production build on a large synthetic database, measured against the
// budgets of issue 7. It prints every figure and appends them to bench/results.md.
//   npm run bench [-- --runs 20 --db /tmp/dps-bench.db --reuse --no-build --lighthouse-runs 5 --no-write]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { benchCases, pickSamples, type BenchCase } from './cases';
import { measureClient } from './client';
import { measureExport } from './csv-export';
import { measureLoad } from './load';
import { budgetRows, markdownReport, type PageFigures } from './report';
import { benchFetch, signIn, startServer } from './server';
import { replayReads, sqlLogReader } from './sql-floor';
import { timeRuns } from './stats';

const { values } = parseArgs({
  options: {
    activities: { type: 'string', default: '100000' },
    events: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '20' },
    db: { type: 'string', default: path.join(os.tmpdir(), 'dps-bench.db') },
    reuse: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: '5' },
  },
});
const runs = Number(values.runs);
/** Requests of every page before the first is timed. */
const WARM_UP_REQUESTS = 3;

async function fetchPage(url: string, cookie: string): Promise<void> {
  const response = await benchFetch(url, cookie);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
}

/** The page over HTTP, then its logged reads replayed directly on better-sqlite3. */
async function measurePage(base: string, c: BenchCase, cookie: string, sqlite: Database.Database, readLog: ReturnType<typeof sqlLogReader>): Promise<PageFigures> {
  const url = `${base}${c.path}`;
  await fetchPage(url, cookie);
  readLog();
  await fetchPage(url, cookie);
  const statements = readLog();
  const page = await timeRuns(() => fetchPage(url, cookie), runs);
  const floor = await timeRuns(() => replayReads(sqlite, statements), runs);
  return { ...c, page, floor, statements: statements.length };
}

async function main() {
  const file = path.resolve(values.db);
  const started = Date.now();
  if (!values.reuse || !fs.existsSync(file)) {
    execFileSync('npx', ['tsx', 'scripts/db-synth.ts', '--activities', values.activities, '--trainings', values.events, '--out', file], { stdio: 'inherit' });
  }
  // A database kept from an earlier run gets this version's migrations (and stored figures).
  const migrating = openDatabase(file);
  migrateDatabase(migrating);
  migrating.$client.close();
  if (!values['no-build']) execFileSync('npx', ['next', 'build'], { stdio: 'inherit' });

  const logFile = path.join(os.tmpdir(), `dps-bench-sql-${process.pid}.log`);
  const readLog = sqlLogReader(logFile);
  const server = await startServer(file, { DPS_SQL_LOG: logFile });
  process.once('SIGINT', () => {
    server.stop();
    process.exit(130);
  });
  const sqlite = new Database(file, { readonly: true });
  sqlite.pragma('mmap_size = 1073741824');
  try {
    const cookies = {
      viewer: await signIn(server.base, 'viewer@demo.dps-results.org'),
      donor: await signIn(server.base, 'canada@demo.dps-results.org'),
      smallDonor: await signIn(server.base, 'usa@demo.dps-results.org'),
    };
    const samples = pickSamples(sqlite);
    console.log(`\n${values.activities} activities, ${values.events} events; ${runs} timed requests per page after warm-up\n`);

    // A server that has just started has compiled nothing yet: the first pages timed would pay for
    // its JIT warming up (the dashboard, timed first, took 165 ms at p95 instead of 80). So every
    // page is requested a few times before any is timed, as on a server that has run a while.
    const cases = benchCases(samples);
    for (const c of cases) for (let i = 0; i < WARM_UP_REQUESTS; i++) await fetchPage(`${server.base}${c.path}`, cookies[c.account]);

    const pages: PageFigures[] = [];
    for (const c of cases) {
      const figures = await measurePage(server.base, c, cookies[c.account], sqlite, readLog);
      pages.push(figures);
      console.log(`${c.group.padEnd(10)} ${c.label.padEnd(44)} p50 ${figures.page.median.toFixed(0).padStart(5)} ms  p95 ${figures.page.p95.toFixed(0).padStart(5)} ms  floor ${figures.floor.median.toFixed(1).padStart(6)} ms`);
    }
    fs.rmSync(logFile, { force: true });
    // What no page can beat: a static file from the same server, over the same loopback HTTP.
    const staticFile = await timeRuns(async () => (await benchFetch(`${server.base}/robots.txt`, '')).text(), runs);
    console.log(`static file /robots.txt: p50 ${staticFile.median.toFixed(2)} ms  p95 ${staticFile.p95.toFixed(2)} ms`);

    const csv = await measureExport(server, `/api/export/activities?format=csv`, cookies.viewer);
    console.log(`CSV export: ${csv.rows} rows, first bytes ${csv.firstByteMs.toFixed(0)} ms, all ${csv.totalMs.toFixed(0)} ms, server peak private ${csv.peak.privateMb.toFixed(0)} MB, resident ${csv.peak.residentMb.toFixed(0)} MB`);
    const load = await measureLoad(`${server.base}/`, cookies.viewer);
    console.log(`Load on /: ${load.requestsPerSecond.toFixed(1)} req/s, ${load.errors} errors, ${load.non2xx} non-2xx`);
    server.stop();

    console.log('First-load JavaScript and Lighthouse, on the demo data…');
    const client = await measureClient(Number(values['lighthouse-runs']));

    const report = markdownReport({
      when: new Date(),
      scale: { activities: Number(values.activities), events: Number(values.events), file },
      runs,
      pages,
      staticFile,
      csv,
      load,
      client,
      elapsedSeconds: (Date.now() - started) / 1000,
    });
    console.log(`\n${report}`);
    if (!values['no-write']) fs.appendFileSync(path.join('bench', 'results.md'), `\n${report}`);
    const missed = budgetRows({ pages, csv, load, client }).filter((row) => !row.met);
    if (missed.length > 0) {
      console.error(`Budgets missed: ${missed.map((row) => row.name).join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    sqlite.close();
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
