// The client-side budgets and how they are reported: first-load JavaScript of every page route
// (at most 250 kB gzip on the dashboard) and Lighthouse on the dashboard, desktop profile
// (performance at least 95, accessibility 100). Used by bench/client.ts and bench/run.ts.
import { asc } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '@/db/client';
import { activities, donors, events, importBatches, indicators, memberStates, programs, users } from '@/db/schema';
import type { RouteWeight } from './first-load-js';
import type { LighthouseScores } from './lighthouse';

export const budgets = { dashboardJsGzip: 250_000, performance: 95, accessibility: 100 };

/** The record each route parameter is filled with, by the path segment before it (e.g. /events/[id]). */
const parameterColumns: Record<string, SQLiteColumn> = {
  activities: activities.id,
  programs: programs.id,
  events: events.id,
  donors: donors.id,
  indicators: indicators.id,
  accounts: users.id,
  import: importBatches.id,
  countries: memberStates.code,
};

/** Pages that show nothing without a query: a new event or indicator is recorded from its activity. */
const requiredQueries: Record<string, SQLiteColumn> = { '/events/new': activities.id, '/indicators/new': activities.id };

/**
 * The address to measure a route at: each [parameter] filled with the first record of its kind in
 * `db`, and the query a page needs added; null when there is no such record.
 */
export function demoUrlFor(db: Db): (route: string) => string | null {
  const first = (column: SQLiteColumn) => db.select({ value: column }).from(column.table).orderBy(asc(column)).limit(1).get()?.value;
  return (route) => {
    const segments = route.split('/');
    const filled = segments.map((segment, i) => {
      if (!segment.startsWith('[')) return segment;
      const column = parameterColumns[segments[i - 1]!];
      if (!column) throw new Error(`No sample record for ${route}: add its parent segment to parameterColumns`);
      const value = first(column);
      return value === undefined ? null : String(value);
    });
    if (filled.includes(null)) return null;
    const queryColumn = requiredQueries[route];
    if (!queryColumn) return filled.join('/');
    const activity = first(queryColumn);
    return activity === undefined ? null : `${filled.join('/')}?activity=${activity}`;
  };
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const ms = (value: number) => value.toFixed(0);

export function firstLoadTable(weights: RouteWeight[]): string {
  const rows = weights.map((w) =>
    w.url === null ? `| ${w.route} | (no record to show) | | | |` : `| ${w.route} | ${w.url} | ${w.scripts} | ${kB(w.jsGzip)} | ${kB(w.htmlGzip)} |`,
  );
  return ['| route | measured at | scripts | first-load JS kB gzip | HTML kB gzip |', '| --- | --- | ---: | ---: | ---: |', ...rows].join('\n');
}

export function lighthouseTable(scores: LighthouseScores): string {
  return [
    '| page | performance | accessibility | FCP ms | LCP ms | TBT ms | CLS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| / (dashboard, viewer) | ${scores.performance} | ${scores.accessibility} | ${ms(scores.fcp)} | ${ms(scores.lcp)} | ${ms(scores.tbt)} | ${scores.cls.toFixed(3)} |`,
  ].join('\n');
}

/** The budgets missed, in words; empty when all are met. */
export function missedBudgets(weights: RouteWeight[], scores: LighthouseScores): string[] {
  const missed: string[] = [];
  const dashboard = weights.find((w) => w.route === '/');
  if (!dashboard || dashboard.jsGzip > budgets.dashboardJsGzip) missed.push(`dashboard first-load JS ${kB(dashboard?.jsGzip ?? Number.NaN)} kB > ${kB(budgets.dashboardJsGzip)} kB`);
  if (scores.performance < budgets.performance) missed.push(`Lighthouse performance ${scores.performance} < ${budgets.performance} (${scores.failing.join(', ')})`);
  if (scores.accessibility < budgets.accessibility) missed.push(`Lighthouse accessibility ${scores.accessibility} < ${budgets.accessibility} (${scores.failing.join(', ')})`);
  return missed;
}
