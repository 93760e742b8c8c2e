import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { eventsTableSpec } from '@/lib/table-specs';
import { parseTableState } from '@/lib/table-state';
import { openDemoDatabase } from '@/test/temp-database';
import { donorViewer, staffViewer } from '@/test/viewers';
import type { Db } from '../client';
import { events } from '../schema';
import { exportEvents, getEvent, listEvents } from './events';

let db: Db;
beforeEach(async () => {
  db = await openDemoDatabase();
});

const state = (query = '') => parseTableState(eventsTableSpec, new URLSearchParams(query)).state;
const idOf = (title: string) => db.select({ id: events.id }).from(events).where(eq(events.title, title)).get()!.id;

describe('events table', () => {
  it('lists every event with totals derived from women, men and not disaggregated', () => {
    const all = [...exportEvents(db, { viewer: staffViewer(), state: state() })].flat();
    expect(all).toHaveLength(12);
    expect(all.reduce((sum, e) => sum + e.total, 0)).toBe(155 + 25);
    const cargo = all.find((e) => e.title === 'Air Cargo Workshop')!;
    expect(cargo).toMatchObject({ women: 7, men: 15, notDisaggregated: 0, total: 22, countryCode: 'BB' });
  });

  it('finds the trainings with no women among those whose gender is recorded', () => {
    const result = listEvents(db, { viewer: staffViewer(), state: state('f.kind=workshop&f.women.max=0') });
    expect(result.total).toBe(0);
    const stated = listEvents(db, { viewer: staffViewer(), state: state('f.kind=workshop&f.women.max=1&sort=women') });
    expect(stated.rows.map((e) => e.women)).toEqual([1]);
  });

  it('filters by country or subregion, sorts with not stated last, and pages', () => {
    expect(listEvents(db, { viewer: staffViewer(), state: state('f.country=BB') }).total).toBe(2);
    expect(listEvents(db, { viewer: staffViewer(), state: state('f.country=sub:central_america') }).total).toBe(4);
    const byWomen = listEvents(db, { viewer: staffViewer(), state: state('sort=-women&size=5&page=1') });
    expect(byWomen.rows.slice(0, 2).map((e) => e.women)).toEqual([7, 1]);
    expect(byWomen.rows[2]!.women).toBeNull();
    expect(byWomen.pageCount).toBe(3);
  });

  it('searches and sorts by the name of the event\'s activity', () => {
    const found = listEvents(db, { viewer: staffViewer(), state: state('q=tourism security') });
    expect(found.rows.length).toBeGreaterThan(0);
    expect(found.rows.every((e) => /tourism security/i.test(`${e.title} ${e.activityName}`))).toBe(true);
    const names = listEvents(db, { viewer: staffViewer(), state: state('sort=activity&size=50') }).rows.map((e) => e.activityName);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('shows a donor only the events of the activities it funds', () => {
    const canada = donorViewer(db, 'Canada');
    const rows = [...exportEvents(db, { viewer: canada, state: state('archived=1') })].flat();
    expect(rows).toHaveLength(4);
    expect(rows.reduce((sum, e) => sum + e.total, 0)).toBe(68);
    expect(getEvent(db, { viewer: canada, id: idOf('Air Cargo Workshop') })).toBeUndefined();
    expect(getEvent(db, { viewer: canada, id: idOf('Tourism Security Workshop, Belize City') })).toMatchObject({ total: 23 });
  });

  it('hides archived events unless staff ask for them', () => {
    db.update(events).set({ archivedAt: '2026-01-01T00:00:00Z' }).where(eq(events.id, idOf('Air Cargo Workshop'))).run();
    expect(listEvents(db, { viewer: staffViewer(), state: state() }).total).toBe(11);
    expect(listEvents(db, { viewer: staffViewer(), state: state('archived=1') }).total).toBe(12);
  });
});
