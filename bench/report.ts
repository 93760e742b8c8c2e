import os from 'node:os';
import type { BenchCase, BudgetGroup } from './cases';
import { budgets as clientBudgets } from './client-budgets';
import { clientReport, type ClientFigures } from './client';
import type { ExportFigures } from './csv-export';
import type { LoadFigures } from './load';
import type { Timing } from './stats';

// The budgets of issue 7 and the markdown that records each run in bench/results.md.

export interface PageFigures extends BenchCase {
  page: Timing;
  floor: Timing;
  statements: number;
}

const p95Budget: Partial<Record<BudgetGroup, number>> = { dashboard: 150, table: 100, detail: 50 };
const MAX_PAGE_OVER_FLOOR = 2;
const CSV_FIRST_BYTES_MS = 500;
const CSV_PEAK_MEMORY_MB = 300;

export interface BudgetRow {
  name: string;
  figure: string;
  budget: string;
  met: boolean;
}

/** The page's median over the median of its SQL alone. */
export const pageOverFloor = (figures: PageFigures) => figures.page.median / Math.max(figures.floor.median, 0.001);

export function budgetRows(figures: { pages: PageFigures[]; csv: ExportFigures; load: LoadFigures; client: ClientFigures }): BudgetRow[] {
  const rows: BudgetRow[] = [];
  for (const page of figures.pages) {
    const budget = p95Budget[page.group];
    if (budget !== undefined) rows.push({ name: `${page.label} p95`, figure: `${page.page.p95.toFixed(0)} ms`, budget: `≤ ${budget} ms`, met: page.page.p95 <= budget });
  }
  const worstRatio = figures.pages.reduce((worst, page) => (pageOverFloor(page) > pageOverFloor(worst) ? page : worst));
  rows.push({
    name: `page / floor, worst (${worstRatio.label})`,
    figure: pageOverFloor(worstRatio).toFixed(2),
    budget: `≤ ${MAX_PAGE_OVER_FLOOR}`,
    met: pageOverFloor(worstRatio) <= MAX_PAGE_OVER_FLOOR,
  });
  rows.push({ name: 'CSV export, first bytes', figure: `${figures.csv.firstByteMs.toFixed(0)} ms`, budget: `< ${CSV_FIRST_BYTES_MS} ms`, met: figures.csv.firstByteMs < CSV_FIRST_BYTES_MS });
  rows.push({
    name: 'CSV export, server peak private memory',
    figure: `${figures.csv.peak.privateMb.toFixed(0)} MB`,
    budget: `< ${CSV_PEAK_MEMORY_MB} MB`,
    met: figures.csv.peak.privateMb < CSV_PEAK_MEMORY_MB,
  });
  const failures = figures.load.errors + figures.load.non2xx + figures.load.timeouts;
  rows.push({ name: `errors under load (${figures.load.connections} connections, ${figures.load.seconds} s)`, figure: String(failures), budget: '0', met: failures === 0 });
  const dashboardJs = figures.client.weights.find((weight) => weight.route === '/')?.jsGzip ?? Number.NaN;
  rows.push({ name: 'dashboard first-load JavaScript (gzip)', figure: `${(dashboardJs / 1000).toFixed(1)} kB`, budget: `≤ ${clientBudgets.dashboardJsGzip / 1000} kB`, met: dashboardJs <= clientBudgets.dashboardJsGzip });
  const { performance, accessibility } = figures.client.scores;
  rows.push({ name: 'Lighthouse performance (desktop)', figure: String(performance), budget: `≥ ${clientBudgets.performance}`, met: performance >= clientBudgets.performance });
  rows.push({ name: 'Lighthouse accessibility (desktop)', figure: String(accessibility), budget: `= ${clientBudgets.accessibility}`, met: accessibility >= clientBudgets.accessibility });
  return rows;
}

const ms = (value: number) => value.toFixed(value < 10 ? 1 : 0);
const mb = (value: number) => value.toFixed(0);

export function machineDescription(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`;
}

export function markdownReport(run: {
  when: Date;
  scale: { activities: number; events: number; file: string };
  runs: number;
  pages: PageFigures[];
  staticFile: Timing;
  csv: ExportFigures;
  load: LoadFigures;
  client: ClientFigures;
  elapsedSeconds: number;
}): string {
  const belowTransport = run.pages.filter((p) => p.floor.median * 2 < run.staticFile.median);
  const lines = [
    `## ${run.when.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${machineDescription()}.`,
    `Data: ${run.scale.activities.toLocaleString('en')} activities, ${run.scale.events.toLocaleString('en')} events (npm run db:synth, seed 1). ${run.runs} timed requests per page after warm-up (three requests of every page, then two of its own); the run took ${run.elapsedSeconds.toFixed(0)} s.`,
    '',
    '| page | p50 ms | p95 ms | floor p50 ms | floor p95 ms | page / floor | statements |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...run.pages.map(
      (p) => `| ${p.label}${p.account === 'viewer' ? '' : ' (as donor)'} | ${ms(p.page.median)} | ${ms(p.page.p95)} | ${ms(p.floor.median)} | ${ms(p.floor.p95)} | ${pageOverFloor(p).toFixed(2)} | ${p.statements} |`,
    ),
    '',
    `A static file from the same server (public/robots.txt, over the same loopback HTTP) takes ${run.staticFile.median.toFixed(2)} ms at p50 and ${run.staticFile.p95.toFixed(2)} ms at p95: no page answers faster, so page / floor ≤ 2 cannot hold where the SQL floor is under half of that (${belowTransport.length} of ${run.pages.length} pages here${belowTransport.length ? `: ${belowTransport.map((p) => p.label).join('; ')}` : ''}).`,
    '',
    `CSV export of ${run.csv.rows.toLocaleString('en')} activities (${run.csv.megabytes.toFixed(1)} MB): first bytes after ${ms(run.csv.firstByteMs)} ms, complete after ${ms(run.csv.totalMs)} ms; server private memory ${mb(run.csv.idle.privateMb)} MB before, ${mb(run.csv.peak.privateMb)} MB at its peak (resident, with the mapped database file: ${mb(run.csv.idle.residentMb)} and ${mb(run.csv.peak.residentMb)} MB).`,
    '',
    `Dashboard under load (autocannon, ${run.load.connections} connections, ${run.load.seconds} s, loopback): ${run.load.requestsPerSecond.toFixed(1)} requests/s, latency p50 ${run.load.latencyP50} ms and p99 ${run.load.latencyP99} ms, ${run.load.errors} errors, ${run.load.non2xx} non-2xx, ${run.load.timeouts} timeouts.`,
    '',
    clientReport(run.client),
    '',
    '| budget | figure | bar | met |',
    '| --- | ---: | ---: | :---: |',
    ...budgetRows(run).map((row) => `| ${row.name} | ${row.figure} | ${row.budget} | ${row.met ? 'yes' : '**no**'} |`),
    '',
  ];
  return lines.join('\n');
}
