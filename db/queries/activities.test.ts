import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { activitiesTableSpec } from '@/lib/table-specs';
import { parseTableState } from '@/lib/table-state';
import { openDemoDatabase } from '@/test/temp-database';
import { donorViewer, staffViewer } from '@/test/viewers';
import type { Db } from '../client';
import { updateDonor } from '../mutations/donors';
import { activities, donors } from '../schema';
import { COUNT_CAP } from '../table-sql';
import { exportActivities, getActivity, listActivities, listActivityEvents, listActivityFilterOptions } from './activities';
import { listIndicatorProgress } from './indicator-progress';

let db: Db;
beforeEach(() => {
  db = openDemoDatabase();
});

const state = (query = '') => parseTableState(activitiesTableSpec, new URLSearchParams(query)).state;
const idOf = (name: string) => db.select({ id: activities.id }).from(activities).where(eq(activities.name, name)).get()!.id;

describe('activities table', () => {
  it('pages on the server: one page of rows and the total', () => {
    const result = listActivities(db, { viewer: staffViewer(), state: state('size=5&page=3') });
    expect(result).toMatchObject({ total: 13, page: 3, pageCount: 3 });
    expect(result.rows).toHaveLength(3);
  });

  it('sorts by people trained, with the share of women of the gender-recorded participants', () => {
    const rows = listActivities(db, { viewer: staffViewer(), state: state('sort=-trained&size=3') }).rows;
    expect(rows.map((r) => r.trained)).toEqual([45, 37, 28]);
    const cargo = listActivities(db, { viewer: staffViewer(), state: state('f.name=air cargo') }).rows;
    expect(cargo).toMatchObject([{ name: 'Air Cargo Workshop', trained: 22, shareOfWomen: 7 / 22 }]);
  });

  it('walks the people trained in order within the scope, the filters and the archive choice', () => {
    const byTrained = (desc: boolean) => (a: { trained: number; id: number }, b: { trained: number; id: number }) =>
      (desc ? -1 : 1) * (a.trained - b.trained || a.id - b.id);
    for (const [viewer, query] of [
      [staffViewer(), 'size=100'],
      [staffViewer(), 'size=100&archived=1&f.countries=sub:caribbean'],
      [staffViewer(), 'size=100&q=workshop&f.trained.min=1'],
      [donorViewer(db, 'Canada'), 'size=100'],
    ] as const) {
      const all = listActivities(db, { viewer, state: state(query) }).rows;
      expect(all.length, query).toBeGreaterThan(1);
      for (const desc of [true, false]) {
        const sorted = listActivities(db, { viewer, state: state(`${query}&sort=${desc ? '-' : ''}trained`) }).rows;
        expect(sorted.map((r) => r.id), `${query} ${desc}`).toEqual(all.toSorted(byTrained(desc)).map((r) => r.id));
      }
    }
  });

  it('sorts by the share of women, "not stated" last, within the scope', () => {
    type Row = ReturnType<typeof listActivities>['rows'][number];
    const byShare = (desc: boolean) => (a: Row, b: Row) => {
      if (a.shareOfWomen === null || b.shareOfWomen === null) return a.shareOfWomen === b.shareOfWomen ? (desc ? b.id - a.id : a.id - b.id) : a.shareOfWomen === null ? 1 : -1;
      return (desc ? -1 : 1) * (a.shareOfWomen - b.shareOfWomen || a.id - b.id);
    };
    for (const viewer of [staffViewer(), donorViewer(db, 'Canada')]) {
      const all = listActivities(db, { viewer, state: state('size=100') }).rows;
      expect(all.some((r) => r.shareOfWomen === null) && all.some((r) => r.shareOfWomen !== null)).toBe(true);
      for (const desc of [false, true]) {
        const sorted = listActivities(db, { viewer, state: state(`size=100&sort=${desc ? '-' : ''}shareOfWomen`) }).rows;
        expect(sorted.map((r) => r.id), `${desc}`).toEqual(all.toSorted(byShare(desc)).map((r) => r.id));
      }
    }
  });

  it('sorts by the first name of its countries or donors, "not stated" last, and follows a renamed donor', () => {
    type Row = ReturnType<typeof listActivities>['rows'][number];
    const firstName = { countries: (r: Row) => r.countries[0]?.nameEn, donors: (r: Row) => r.donors.map((d) => d.name).sort()[0] };
    const inOrder = (column: keyof typeof firstName, desc: boolean) => (a: Row, b: Row) => {
      const [x, y] = [firstName[column](a), firstName[column](b)];
      if (x === undefined || y === undefined) return x === y ? (desc ? b.id - a.id : a.id - b.id) : x === undefined ? 1 : -1;
      return (desc ? -1 : 1) * (x < y ? -1 : x > y ? 1 : a.id - b.id);
    };
    const check = (viewer: Parameters<typeof listActivities>[1]['viewer']) => {
      const all = listActivities(db, { viewer, state: state('size=100') }).rows;
      for (const column of ['countries', 'donors'] as const) {
        for (const desc of [false, true]) {
          const sorted = listActivities(db, { viewer, state: state(`size=100&sort=${desc ? '-' : ''}${column}`) }).rows;
          expect(sorted.map((r) => r.id), `${column} ${desc}`).toEqual(all.toSorted(inOrder(column, desc)).map((r) => r.id));
        }
      }
    };
    check(staffViewer());
    check(donorViewer(db, 'Canada'));
    const usa = db.select().from(donors).where(eq(donors.name, 'United States')).get()!;
    updateDonor(db, { actor: staffViewer('editor'), id: usa.id, version: usa.version, values: { name: 'Aaa United States', nameEs: usa.nameEs, kind: usa.kind, countryCode: usa.countryCode } });
    const first = listActivities(db, { viewer: staffViewer(), state: state('sort=donors&size=1') }).rows[0]!;
    expect(first.donors.map((d) => d.name)).toContain('Aaa United States');
    check(staffViewer());
  });

  it('filters by subregion, donor, status and search together with the scope', () => {
    const caribbean = listActivities(db, { viewer: staffViewer(), state: state('f.countries=sub:caribbean&size=100') });
    expect(caribbean.total).toBe(4);
    const canada = donorViewer(db, 'Canada').donorId!;
    expect(listActivities(db, { viewer: staffViewer(), state: state(`f.donors=${canada}`) }).total).toBe(3);
    expect(listActivities(db, { viewer: staffViewer(), state: state('f.status=completed'), today: '2026-11-26' }).total).toBe(4);
    expect(listActivities(db, { viewer: staffViewer(), state: state('q=workshop') }).total).toBe(4);
    expect(listActivities(db, { viewer: staffViewer(), state: state('q=%25') }).total).toBe(0);
  });

  it('shows a donor only what it funds, whatever the URL asks for', () => {
    const usa = donorViewer(db, 'United States');
    const canadaId = donorViewer(db, 'Canada').donorId!;
    expect(listActivities(db, { viewer: usa, state: state() }).rows.map((r) => r.name)).toEqual(['Airport Access Control Workshop']);
    expect(listActivities(db, { viewer: usa, state: state(`f.donors=${canadaId}&archived=1`) }).total).toBe(0);
    expect([...exportActivities(db, { viewer: usa, state: state() })].flat()).toHaveLength(1);
    expect(getActivity(db, { viewer: usa, id: idOf('Air Cargo Workshop') })).toBeUndefined();
    expect(listActivityFilterOptions(db, { viewer: usa }).donors).toEqual([{ value: String(usa.donorId), label: 'United States' }]);
  });

  it('hides archived activities unless staff ask for them', () => {
    db.update(activities).set({ archivedAt: '2026-01-01T00:00:00Z' }).where(eq(activities.id, idOf('Air Cargo Workshop'))).run();
    expect(listActivities(db, { viewer: staffViewer(), state: state() }).total).toBe(12);
    const all = listActivities(db, { viewer: staffViewer(), state: state('archived=1&f.name=cargo') });
    expect(all.rows).toMatchObject([{ name: 'Air Cargo Workshop', isArchived: true }]);
  });

  it('exports every row the filters select, in the table order, in batches', () => {
    const batches = [...exportActivities(db, { viewer: staffViewer(), state: state('sort=name&size=2') }, 5)];
    expect(batches.map((b) => b.length)).toEqual([5, 5, 3]);
    const names = batches.flat().map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)));
  });

  it('gives the detail of an activity with its countries, donors, events and indicators', () => {
    const viewer = staffViewer();
    const belize = getActivity(db, { viewer, id: idOf('Needs Assessment and follow-up Workshop on Tourism Security for Belize City') })!;
    expect(belize).toMatchObject({ programName: 'Tourism Security Program', unitCode: 'CICTE', donors: [{ name: 'Canada' }], countries: [{ code: 'BZ' }] });
    expect(listActivityEvents(db, { activityId: belize.id }).map((e) => e.total)).toEqual([0, 23]);
    const police = idOf('Inter-American Network for Police Development and Professionalization');
    expect(listIndicatorProgress(db, { viewer, activityIds: [police] })).toMatchObject([
      { target: 340, value: null, source: null },
      { target: 200000, value: null, source: null },
    ]);
  });
});

describe('activities table count', () => {
  it('stops at the cap for a page, and counts them all when asked (the API)', () => {
    const before = listActivities(db, { viewer: staffViewer(), state: state() }).total;
    const programId = db.select({ programId: activities.programId }).from(activities).where(eq(activities.id, idOf('Air Cargo Workshop'))).get()!.programId;
    db.run(sql`with recursive n(i) as (select 1 union all select i + 1 from n where i <= ${COUNT_CAP})
      insert into ${activities} (program_id, name) select ${programId}, 'Bulk activity ' || i from n`);
    const page = listActivities(db, { viewer: staffViewer(), state: state('size=100') });
    expect(page).toMatchObject({ total: COUNT_CAP, capped: true, pageCount: COUNT_CAP / 100 });
    const exact = listActivities(db, { viewer: staffViewer(), state: state('size=100'), counting: 'exact' });
    expect(exact).toMatchObject({ total: before + COUNT_CAP + 1, capped: false });
    expect(listActivities(db, { viewer: staffViewer(), state: state('q=air cargo') })).toMatchObject({ total: 1, capped: false });
  });
});
