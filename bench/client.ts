// The client-side budgets (see client-budgets.ts) measured against the production build serving a
// throw-away copy of the demo data: first-load JavaScript of every route, and Lighthouse on the
// dashboard. `npm run bench` runs them after the server figures; alone:
//   npm run bench:client [-- --no-build --runs 5]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/client';
import { buildDemoDatabase } from '@/db/demo-database';
import { demoUrlFor, firstLoadTable, lighthouseTable, missedBudgets } from './client-budgets';
import { measureFirstLoadJs, type RouteWeight } from './first-load-js';
import { runLighthouse, type LighthouseScores } from './lighthouse';
import { signIn, startServer } from './server';

export interface ClientFigures {
  weights: RouteWeight[];
  scores: LighthouseScores;
  lighthouseRuns: number;
}

/** Serves the built app on a fresh demo database and measures both; the build must exist. */
export async function measureClient(lighthouseRuns: number): Promise<ClientFigures> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'dps-bench-client-'));
  const file = path.join(directory, 'demo.db');
  await buildDemoDatabase(file);
  const server = await startServer(file);
  try {
    const db = openDatabase(file);
    const weights = await measureFirstLoadJs({ base: server.base, cookie: await signIn(server.base, 'admin@demo.dps-results.org'), urlFor: demoUrlFor(db) }).finally(() =>
      db.$client.close(),
    );
    const scores = await runLighthouse(`${server.base}/`, await signIn(server.base, 'viewer@demo.dps-results.org'), lighthouseRuns);
    return { weights, scores, lighthouseRuns };
  } finally {
    server.stop();
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

/** Both tables, as markdown. */
export function clientReport({ weights, scores, lighthouseRuns }: ClientFigures): string {
  return [
    'First-load JavaScript per route (as the administrator, who may open every page; gzip level 9):',
    '',
    firstLoadTable(weights),
    '',
    `Lighthouse, desktop profile, dashboard on the demo data (median of ${lighthouseRuns} runs):`,
    '',
    lighthouseTable(scores),
  ].join('\n');
}

async function main() {
  const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false }, runs: { type: 'string', default: '5' } } });
  if (!values['no-build']) execFileSync('npx', ['next', 'build'], { stdio: 'inherit' });
  const figures = await measureClient(Number(values.runs));
  console.log(`\n${clientReport(figures)}`);
  const missed = missedBudgets(figures.weights, figures.scores);
  console.log(missed.length ? `\nBudgets missed:\n- ${missed.join('\n- ')}` : '\nEvery client budget is met.');
  process.exitCode = missed.length ? 1 : 0;
}

if (process.argv[1]?.endsWith(path.join('bench', 'client.ts'))) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
