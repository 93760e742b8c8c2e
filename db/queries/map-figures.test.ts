import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDemoDatabase } from '@/test/temp-database';
import { donorViewer, staffViewer } from '@/test/viewers';
import type { Db } from '../client';
import { setArchived } from '../mutations/editable';
import { activities } from '../schema';
import { getHeadlineFigures } from './dashboard';
import { listMapFigures } from './map-figures';

let db: Db;
beforeEach(() => {
  db = openDemoDatabase();
});

const withFigures = (rows: ReturnType<typeof listMapFigures>) => rows.filter((row) => row.activities > 0 || row.total > 0);

describe('the map figures', () => {
  it('lists all 35 member states, those with nothing at zero', () => {
    const rows = listMapFigures(db, { viewer: staffViewer() });
    expect(rows).toHaveLength(35);
    expect(rows.find((row) => row.code === 'BR')).toMatchObject({ total: 0, activities: 0, womenShare: { base: 0, share: null } });
  });

  it('holds the people trained, the share of women and the activities of each country', () => {
    const rows = listMapFigures(db, { viewer: staffViewer() });
    expect(rows.find((row) => row.code === 'BB')).toMatchObject({
      women: 7,
      men: 15,
      notDisaggregated: 0,
      total: 22,
      womenShare: { women: 7, base: 22, share: 7 / 22 },
    });
    expect(rows.find((row) => row.code === 'AG')).toMatchObject({ notDisaggregated: 45, total: 45, womenShare: { share: null } });
    // As many countries with an activity as the dashboard counts reached.
    expect(rows.filter((row) => row.activities > 0)).toHaveLength(getHeadlineFigures(db, { viewer: staffViewer() }).countriesReached);
  });

  it('obeys the dashboard filters', () => {
    const rows = withFigures(listMapFigures(db, { viewer: staffViewer(), filters: { subregion: 'central_america' } }));
    expect(rows.every((row) => ['BZ', 'CR', 'SV', 'GT', 'HN', 'NI', 'PA'].includes(row.code))).toBe(true);
    expect(rows.find((row) => row.code === 'BZ')?.total).toBe(23);
  });

  it("shows a donor only its portfolio: Canada's 68 trained in Belize and Antigua and Barbuda", () => {
    const rows = withFigures(listMapFigures(db, { viewer: donorViewer(db, 'Canada') }));
    expect(rows.map((row) => row.code).sort()).toEqual(['AG', 'BZ']);
    expect(rows.reduce((sum, row) => sum + row.total, 0)).toBe(68);
  });

  it('counts an archived activity out on the next read, over a period too', () => {
    const belizeActivities = () => listMapFigures(db, { viewer: staffViewer(), filters: { from: '2017-01-01' } }).find((row) => row.code === 'BZ')!.activities;
    const before = belizeActivities();
    const activity = db.select().from(activities).where(eq(activities.name, 'Port Evaluations and Assessments')).get()!;
    setArchived(db, { table: activities, actor: staffViewer('editor'), id: activity.id, version: activity.version, archived: true });
    expect(belizeActivities()).toBe(before - 1);
  });

  it('gives the countries page every member state with its subregion, activities and people trained', () => {
    const rows = listMapFigures(db, { viewer: staffViewer() });
    expect(rows).toHaveLength(35);
    const byCode = Object.fromEntries(rows.map((r) => [r.code, r]));
    expect(byCode.BZ).toMatchObject({ subregion: 'central_america', activities: 6, total: 23, women: 1, men: 22, notDisaggregated: 0 });
    expect(byCode.AG).toMatchObject({ activities: 1, total: 45, notDisaggregated: 45 });
    expect(byCode.AR).toMatchObject({ activities: 0, total: 0 });
    expect(rows.filter((r) => r.activities > 0)).toHaveLength(11);
    // The airport workshop (28) states no country, so the countries add up to 155 - 28.
    expect(rows.reduce((sum, r) => sum + r.total, 0)).toBe(127);
  });

  it("counts only a donor's portfolio on the countries page", () => {
    const rows = listMapFigures(db, { viewer: donorViewer(db, 'Canada') });
    expect(rows).toHaveLength(35);
    expect(rows.filter((r) => r.activities > 0 || r.total > 0).map((r) => [r.code, r.activities, r.total])).toEqual([
      ['AG', 1, 45],
      ['BZ', 2, 23],
    ]);
  });
});
