import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Db } from '@/db/client';
import { openDemoDatabase } from '@/test/temp-database';
import { budgets, demoUrlFor, firstLoadTable, lighthouseTable, missedBudgets } from './client-budgets';
import { pageRoutes, type RouteWeight } from './first-load-js';
import type { LighthouseScores } from './lighthouse';

const weight = (route: string, jsGzip: number): RouteWeight => ({ route, url: route, scripts: 9, jsGzip, htmlGzip: 20_000 });
const scores = (performance: number, accessibility: number): LighthouseScores => ({
  performance,
  accessibility,
  fcp: 400,
  lcp: 750,
  tbt: 100,
  cls: 0,
  failing: ['total-blocking-time'],
});

describe('missedBudgets', () => {
  it('is empty when the dashboard is within 250 kB and Lighthouse reaches 95 and 100', () => {
    expect(missedBudgets([weight('/', budgets.dashboardJsGzip), weight('/map', 900_000)], scores(95, 100))).toEqual([]);
  });

  it('names each budget missed, with the audits that cost the points', () => {
    const missed = missedBudgets([weight('/', budgets.dashboardJsGzip + 1)], scores(94, 99));
    expect(missed).toHaveLength(3);
    expect(missed[0]).toContain('dashboard first-load JS 250.0 kB > 250.0 kB');
    expect(missed[1]).toBe('Lighthouse performance 94 < 95 (total-blocking-time)');
    expect(missed[2]).toContain('Lighthouse accessibility 99 < 100');
  });

  it('counts a dashboard that was not measured as a miss, never as a pass', () => {
    expect(missedBudgets([weight('/map', 1)], scores(100, 100))).toEqual([expect.stringContaining('dashboard first-load JS NaN kB')]);
  });
});

describe('the printed tables', () => {
  it('gives each route a row in kB, and says when a route had no record to show', () => {
    const table = firstLoadTable([weight('/', 193_300), { route: '/import/[batch]', url: null, scripts: 0, jsGzip: 0, htmlGzip: 0 }]);
    expect(table.split('\n')).toEqual([
      '| route | measured at | scripts | first-load JS kB gzip | HTML kB gzip |',
      '| --- | --- | ---: | ---: | ---: |',
      '| / | / | 9 | 193.3 | 20.0 |',
      '| /import/[batch] | (no record to show) | | | |',
    ]);
  });

  it('prints the scores and the four metrics', () => {
    expect(lighthouseTable(scores(99, 100)).split('\n')[2]).toBe('| / (dashboard, viewer) | 99 | 100 | 400 | 750 | 100 | 0.000 |');
  });
});

describe('pageRoutes', () => {
  it('lists the page routes of a build, without route handlers or Next’s own pages, and marks the sign-in page as signed out', () => {
    const distDir = fs.mkdtempSync(path.join(inject('tempRoot'), 'next-'));
    fs.writeFileSync(
      path.join(distDir, 'app-path-routes-manifest.json'),
      JSON.stringify({
        '/(app)/page': '/',
        '/(app)/events/[id]/page': '/events/[id]',
        '/(app)/donors/[id]/report/pdf/route': '/donors/[id]/report/pdf',
        '/(auth)/login/page': '/login',
        '/_not-found/page': '/_not-found',
      }),
    );
    expect(pageRoutes(distDir)).toEqual([
      { route: '/', isSignedOut: false },
      { route: '/events/[id]', isSignedOut: false },
      { route: '/login', isSignedOut: true },
    ]);
  });
});

describe('demoUrlFor', () => {
  let db: Db;
  beforeAll(() => {
    db = openDemoDatabase();
  });
  afterAll(() => db.$client.close());

  it('leaves a route without parameters as it is', () => {
    expect(demoUrlFor(db)('/activities')).toBe('/activities');
  });

  it('fills parameters with the first record of their kind in the demo data', () => {
    const urlFor = demoUrlFor(db);
    expect(urlFor('/activities/[id]/edit')).toBe('/activities/1/edit');
    expect(urlFor('/countries/[code]/report')).toBe('/countries/AG/report');
  });

  it('adds the activity a new event or indicator needs', () => {
    expect(demoUrlFor(db)('/events/new')).toBe('/events/new?activity=1');
  });

  it('gives null when there is no record of the kind (the demo data has no import batch)', () => {
    expect(demoUrlFor(db)('/import/[batch]')).toBeNull();
  });

  it('refuses a route whose parameter it does not know, so a new route is never silently skipped', () => {
    expect(() => demoUrlFor(db)('/reports/[slug]')).toThrow('No sample record for /reports/[slug]');
  });
});
