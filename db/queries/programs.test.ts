import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { programsTableSpec } from '@/lib/table-specs';
import { parseTableState } from '@/lib/table-state';
import { openDemoDatabase } from '@/test/temp-database';
import { donorViewer, staffViewer } from '@/test/viewers';
import type { Db } from '../client';
import { programs } from '../schema';
import { exportPrograms, listPrograms } from './programs';

let db: Db;
beforeEach(async () => {
  db = await openDemoDatabase();
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
