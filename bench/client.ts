// The client-side budgets (see client-budgets.ts) measured against the production build serving a
// throw-away copy of the demo data. Prints both tables; exits non-zero when a budget is missed.
//   npm run bench:client [-- --no-build --runs 5]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/client';
import { buildDemoDatabase } from '@/db/demo-database';
import { demoUrlFor, firstLoadTable, lighthouseTable, missedBudgets } from './client-budgets';
import { measureFirstLoadJs } from './first-load-js';
import { runLighthouse } from './lighthouse';
import { signIn, startServer } from './server';

async function main() {
  const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false }, runs: { type: 'string', default: '5' } } });
  if (!values['no-build']) execFileSync('npx', ['next', 'build'], { stdio: 'inherit' });

  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'dps-bench-client-'));
  const file = path.join(directory, 'demo.db');
  await buildDemoDatabase(file);
  const server = await startServer(file);
  try {
    const db = openDatabase(file);
    const weights = await measureFirstLoadJs({ base: server.base, cookie: await signIn(server.base, 'admin@demo.dps-results.org'), urlFor: demoUrlFor(db) }).finally(() =>
      db.$client.close(),
    );
    console.log('\nFirst-load JavaScript per route (as the administrator, who may open every page; gzip level 9)\n');
    console.log(firstLoadTable(weights));

    const scores = await runLighthouse(`${server.base}/`, await signIn(server.base, 'viewer@demo.dps-results.org'), Number(values.runs));
    console.log(`\nLighthouse, desktop profile, demo data (median of ${values.runs} runs)\n`);
    console.log(lighthouseTable(scores));

    const missed = missedBudgets(weights, scores);
    console.log(missed.length ? `\nBudgets missed:\n- ${missed.join('\n- ')}` : '\nEvery client budget is met.');
    process.exitCode = missed.length ? 1 : 0;
  } finally {
    server.stop();
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
