import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { donorsTableSpec } from '@/lib/table-specs';
import { parseTableState } from '@/lib/table-state';
import { openDemoDatabase } from '@/test/temp-database';
import { donorViewer, staffViewer } from '@/test/viewers';
import type { Db } from '../client';
import { refreshDonorFigures } from '../donor-figures';
import { activityDonors, donors } from '../schema';
import { exportDonors, listDonors } from './donors';

let db: Db;
beforeEach(() => {
  db = openDemoDatabase();
});

const state = (query = '') => parseTableState(donorsTableSpec, new URLSearchParams(query)).state;

describe('donors table', () => {
  it('counts the activities and countries each donor funds', () => {
    const rows = listDonors(db, { viewer: staffViewer(), state: state('sort=-activities') }).rows;
    expect(rows.map((d) => [d.name, d.activities, d.countries])).toEqual([
      ['Canada', 3, 2],
      ['Guatemala', 1, 2],
      ['CAF - Development Bank of Latin America', 1, 2],
      ['United States', 1, 0],
    ]);
    expect(rows[0]!.amount).toBeNull();
  });

  it('sums the amounts stated, with their currency when there is one', () => {
    const canada = donorViewer(db, 'Canada').donorId!;
    db.update(activityDonors).set({ amount: 1500, currency: 'CAD' }).where(eq(activityDonors.donorId, canada)).run();
    refreshDonorFigures(db, { donorIds: [canada] });
    expect(listDonors(db, { viewer: staffViewer(), state: state('f.amount.min=4000') }).rows).toMatchObject([{ name: 'Canada', amount: 4500, currency: 'CAD' }]);
  });

  it('filters by kind and searches by name', () => {
    expect(listDonors(db, { viewer: staffViewer(), state: state('f.kind=multilateral') }).total).toBe(1);
    expect(listDonors(db, { viewer: staffViewer(), state: state('q=united') }).total).toBe(1);
  });

  it('shows a donor itself only', () => {
    const usa = donorViewer(db, 'United States');
    expect([...exportDonors(db, { viewer: usa, state: state('archived=1&f.kind=multilateral') })].flat()).toEqual([]);
    expect([...exportDonors(db, { viewer: usa, state: state() })].flat().map((d) => d.name)).toEqual(['United States']);
  });

  it('hides archived donors unless staff ask for them', () => {
    db.update(donors).set({ archivedAt: '2026-01-01T00:00:00Z' }).where(eq(donors.name, 'Guatemala')).run();
    expect(listDonors(db, { viewer: staffViewer(), state: state() }).total).toBe(3);
    expect(listDonors(db, { viewer: staffViewer(), state: state('archived=1') }).total).toBe(4);
  });
});
