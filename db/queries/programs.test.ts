import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { programsTableSpec } from '@/lib/table-specs';
import { parseTableState } from '@/lib/table-state';
import { openDemoDatabase } from '@/test/temp-database';
import { donorViewer, staffViewer } from '@/test/viewers';
import type { Db } from '../client';
import { rebuildEventFigures } from '../event-figures';
import { programs } from '../schema';
import { synthesize } from '../synth/synthesize';
import { exportPrograms, listPrograms } from './programs';

let db: Db;
beforeEach(() => {
  db = openDemoDatabase();
});

const state = (query = '') => parseTableState(programsTableSpec, new URLSearchParams(query)).state;

describe('programs table', () => {
  it('counts activities, countries and people trained of each program', () => {
    const rows = [...exportPrograms(db, { viewer: staffViewer(), state: state() })].flat();
    expect(rows).toHaveLength(11);
    expect(rows.reduce((sum, p) => sum + p.trained, 0)).toBe(155);
    expect(rows.reduce((sum, p) => sum + p.activities, 0)).toBe(13);
    expect(rows.find((p) => p.name === 'Tourism Security Program')).toMatchObject({ unit: 'CICTE', activities: 2, countries: 2, trained: 68 });
  });

  it('reads, for staff, from the rollups exactly the figures of the live activities', () => {
    synthesize(db, { activities: 150, events: 800, seed: 7 });
    db.$client.exec('update activities set archived_at = \'2026-01-01T00:00:00Z\' where id % 9 = 0');
    rebuildEventFigures(db);
    const live = db.$client
      .prepare(
        `select p.id, p.name,
           (select count(*) from activities a where a.program_id = p.id and a.archived_at is null) as activities,
           (select count(distinct c.country_code) from activity_countries c join activities a on a.id = c.activity_id where a.program_id = p.id and a.archived_at is null) as countries,
           (select coalesce(sum(f.trained_total), 0) from activity_figures f join activities a on a.id = f.activity_id where a.program_id = p.id and a.archived_at is null) as trained
         from programs p where p.archived_at is null`,
      )
      .all() as { id: number; activities: number; countries: number; trained: number }[];
    const rows = [...exportPrograms(db, { viewer: staffViewer(), state: state('sort=-countries') })].flat();
    expect(rows.map((p) => ({ id: p.id, name: p.name, activities: p.activities, countries: p.countries, trained: p.trained })).sort((a, b) => a.id - b.id)).toEqual(
      live.sort((a, b) => a.id - b.id),
    );
    expect(rows.map((p) => p.countries)).toEqual(live.map((p) => p.countries).sort((a, b) => b - a));
  });

  it("reads, for a donor, exactly the figures of its own live activities, whichever figure it sorts by", () => {
    synthesize(db, { activities: 150, events: 800, seed: 7 });
    db.$client.exec('update activities set archived_at = \'2026-01-01T00:00:00Z\' where id % 9 = 0');
    rebuildEventFigures(db);
    const donor = db.$client.prepare('select donor_id from activity_donors group by donor_id order by count(*) desc limit 1').pluck().get() as number;
    const viewer = { id: 9, role: 'donor' as const, donorId: donor };
    const own = 'a.program_id = p.id and a.archived_at is null and a.id in (select activity_id from activity_donors where donor_id = ?)';
    const funded = db.$client
      .prepare(
        `select p.id,
           (select count(*) from activities a where ${own}) as activities,
           (select count(distinct c.country_code) from activity_countries c join activities a on a.id = c.activity_id where ${own}) as countries,
           (select coalesce(sum(f.trained_total), 0) from activity_figures f join activities a on a.id = f.activity_id where ${own}) as trained
         from programs p where p.archived_at is null and exists (select 1 from activities a where ${own})`,
      )
      .all(donor, donor, donor, donor) as { id: number; activities: number; countries: number; trained: number }[];
    expect(funded.length).toBeGreaterThan(1);
    for (const sort of ['activities', 'countries', 'trained'] as const) {
      const rows = [...exportPrograms(db, { viewer, state: state(`sort=-${sort}`) })].flat();
      expect(rows.map((p) => ({ id: p.id, activities: p.activities, countries: p.countries, trained: p.trained })).sort((a, b) => a.id - b.id)).toEqual(
        [...funded].sort((a, b) => a.id - b.id),
      );
      expect(rows.map((p) => p[sort])).toEqual(funded.map((p) => p[sort]).sort((a, b) => b - a));
    }
  });

  it('filters by unit and by figures, and sorts by a figure', () => {
    expect(listPrograms(db, { viewer: staffViewer(), state: state('f.unit=CICAD') }).rows.map((p) => p.name)).toEqual([
      'Asset Recovery Inter-Agency Network for the Caribbean (ARIN-CARIB)',
    ]);
    expect(listPrograms(db, { viewer: staffViewer(), state: state('f.activities.min=2') }).total).toBe(2);
    expect(listPrograms(db, { viewer: staffViewer(), state: state('sort=-trained&size=1') }).rows[0]!.trained).toBe(68);
  });

  it('shows a donor only the programs of what it funds, with its figures only', () => {
    const rows = listPrograms(db, { viewer: donorViewer(db, 'Canada'), state: state('archived=1') }).rows;
    expect(rows.map((p) => [p.name, p.activities, p.trained])).toEqual([
      ['Maritime Security Program', 1, 0],
      ['Tourism Security Program', 2, 68],
    ]);
  });

  it('hides archived programs unless staff ask for them', () => {
    db.update(programs).set({ archivedAt: '2026-01-01T00:00:00Z' }).where(eq(programs.name, 'Maritime Security Program')).run();
    expect(listPrograms(db, { viewer: staffViewer(), state: state() }).total).toBe(10);
    expect(listPrograms(db, { viewer: staffViewer(), state: state('archived=1') }).total).toBe(11);
  });
});
