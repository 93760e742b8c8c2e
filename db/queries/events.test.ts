import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { eventsTableSpec } from '@/lib/table-specs';
import { parseTableState } from '@/lib/table-state';
import { openDemoDatabase } from '@/test/temp-database';
import { donorViewer, staffViewer } from '@/test/viewers';
import type { Db } from '../client';
import { setArchived } from '../mutations/editable';
import { createEvent, updateEvent, type EventValues } from '../mutations/events';
import { activities, activityDonors, eventSectors, events } from '../schema';
import { COUNT_CAP, containsText } from '../table-sql';
import type { Viewer } from '../viewer';
import { synthesize } from '../synth/synthesize';
import { exportEvents, getEvent, listEvents } from './events';

let db: Db;
beforeEach(() => {
  db = openDemoDatabase();
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

  it('counts a new event on the next read, capped and exact', () => {
    const activityId = db.select({ id: events.activityId }).from(events).where(eq(events.title, 'Air Cargo Workshop')).get()!.id;
    for (const counting of ['capped', 'exact'] as const) {
      const total = () => listEvents(db, { viewer: staffViewer(), state: state('f.kind=meeting'), counting }).total;
      const before = total();
      expect(total()).toBe(before);
      db.insert(events).values({ activityId, title: `Counted ${counting}`, kind: 'meeting' }).run();
      expect(total()).toBe(before + 1);
    }
  });

  it('exports the rows of every page of the same view, in the same order, for staff and for a donor', () => {
    const views = ['sort=-total&f.kind=workshop', 'q=security&sort=title', 'f.women.min=1&sort=-start&archived=1', 'sort=-activity&archived=1'];
    for (const viewer of [staffViewer(), donorViewer(db, 'Canada')]) {
      for (const view of views) {
        const pageOf = (page: number) => listEvents(db, { viewer, state: state(`${view}&size=3&page=${page}`) });
        const pages = Array.from({ length: pageOf(1).pageCount }, (_, i) => pageOf(i + 1).rows.map((e) => e.id)).flat();
        const exported = [...exportEvents(db, { viewer, state: state(view) })].flat().map((e) => e.id);
        expect(exported.length, view).toBeGreaterThan(0);
        expect(exported, view).toEqual(pages);
      }
    }
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

  it('orders the events that tie on the sorted column by date, in the sort\'s direction', () => {
    const sortedField = { kind: 'kind', country: 'countryCode', modality: 'modality', women: 'women' } as const;
    for (const [column, field] of Object.entries(sortedField)) {
      for (const desc of [false, true]) {
        const rows = [...exportEvents(db, { viewer: staffViewer(), state: state(`sort=${desc ? '-' : ''}${column}`) })].flat();
        const ties = rows.filter((row, i) => i > 0 && row[field] === rows[i - 1]![field]);
        expect(ties.length).toBeGreaterThan(0);
        for (const [i, row] of rows.entries()) {
          const before = rows[i - 1];
          if (!before || before[field] !== row[field]) continue;
          // Within a tie: dates in the sort's direction, "not stated" lowest (first up, last down).
          const [earlier, later] = desc ? [row, before] : [before, row];
          expect(earlier.startDate === null || (later.startDate !== null && earlier.startDate <= later.startDate), `${column} ${desc}`).toBe(true);
        }
      }
    }
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

const editor: Viewer = { id: 2, role: 'editor', donorId: null };
const searched = (query: string) => listEvents(db, { viewer: staffViewer(), state: state(query) });
const foundIds = (text: string) => searched(new URLSearchParams({ q: text, size: '100', sort: 'title' }).toString()).rows.map((e) => e.id);

/**
 * The live events whose title or activity's name contains the text, by a plain scan: what the
 * search answered before its index. With a donor, only the events of the activities it funds.
 */
const scanned = (text: string, donorId?: number) =>
  db
    .select({ id: events.id })
    .from(events)
    .innerJoin(activities, eq(activities.id, events.activityId))
    .where(
      and(
        isNull(events.archivedAt),
        isNull(activities.archivedAt),
        donorId === undefined ? undefined : inArray(activities.id, db.select({ id: activityDonors.activityId }).from(activityDonors).where(eq(activityDonors.donorId, donorId))),
        or(containsText(events.title, text), containsText(activities.name, text)),
      ),
    )
    .orderBy(asc(events.title), asc(events.id))
    .all()
    .map((e) => e.id);

/** An event's current values, as its form would send them back. */
function valuesOf(id: number): EventValues {
  const e = db.select().from(events).where(eq(events.id, id)).get()!;
  const sectors = db.select({ code: eventSectors.sectorCode }).from(eventSectors).where(eq(eventSectors.eventId, id)).all();
  return {
    activityId: e.activityId,
    kind: e.kind,
    title: e.title,
    countryCode: e.countryCode,
    start: e.startDate ? { date: e.startDate, precision: e.startPrecision! } : null,
    end: e.endDate ? { date: e.endDate, precision: e.endPrecision! } : null,
    venue: e.venue,
    modality: e.modality,
    sectors: sectors.map((s) => s.code),
    women: e.women,
    men: e.men,
    notDisaggregated: e.notDisaggregated,
    isApproximate: e.isApproximate,
  };
}

describe('events table search', () => {
  it('finds what a scan of titles and activity names finds, whatever the text', () => {
    const texts = ['workshop', 'WORKSHOP', 'ity C', 'Wo', 'o', 'ó', 'ción', 'Belize City', '"', 'a"b', '""', "'", '%', '_', '50%', '\\', 'work*', '^work', '-work', 'title:work', 'NEAR(work shop)', 'shop OR x', 'AND', '(', 'seguridad'];
    expect(scanned('workshop').length).toBeGreaterThan(1);
    for (const text of texts) expect(foundIds(text), text).toEqual(scanned(text));
  });

  it('finds for a donor what a scan finds among the events of the activities it funds', () => {
    const canada = donorViewer(db, 'Canada');
    const texts = ['security', 'TOURISM', 'Belize City', 'workshop', 'o', 'ó', '%', '_', "'", 'a"b', 'cargo'];
    expect(scanned('tourism', canada.donorId!).length).toBeGreaterThan(1);
    for (const text of texts) {
      const found = listEvents(db, { viewer: canada, state: state(new URLSearchParams({ q: text, size: '100', sort: 'title' }).toString()) });
      expect(found.rows.map((e) => e.id), text).toEqual(scanned(text, canada.donorId!));
    }
  });

  it('filters a column by text the same way', () => {
    expect(searched('f.title=WORKSHOP').total).toBe(db.select({ id: events.id }).from(events).where(containsText(events.title, 'workshop')).all().length);
    expect(searched('f.title=%25').total).toBe(0);
  });

  it('follows the events and activities as they are created, renamed and archived', () => {
    const cargo = idOf('Air Cargo Workshop');
    const created = createEvent(db, { actor: editor, values: { ...valuesOf(cargo), title: 'Zanzibar drill' } });
    expect(foundIds('zanzibar')).toEqual([created]);

    updateEvent(db, { actor: editor, id: created, version: 1, values: { ...valuesOf(created), title: 'Quetzal drill' } });
    expect(foundIds('zanzibar')).toEqual([]);
    expect(foundIds('quetzal')).toEqual([created]);

    setArchived(db, { table: events, actor: editor, id: created, version: 2, archived: true });
    expect(foundIds('quetzal')).toEqual([]);
    expect(searched('q=quetzal&archived=1').rows.map((e) => e.id)).toEqual([created]);

    // The index follows any write to the table (a trigger), not only the editors' forms.
    db.update(activities).set({ name: 'Kestrel screening' }).where(eq(activities.id, valuesOf(cargo).activityId)).run();
    expect(foundIds('kestrel')).toEqual(scanned('kestrel'));
    expect(foundIds('kestrel')).toContain(cargo);
  });
});

describe('events table count', () => {
  it('counts exactly up to the cap, then says there are more and pages through the first ones', () => {
    expect(searched('')).toMatchObject({ total: 12, capped: false, pageCount: 1 });
    const activityId = valuesOf(idOf('Air Cargo Workshop')).activityId;
    db.run(sql`with recursive n(i) as (select 1 union all select i + 1 from n where i <= ${COUNT_CAP})
      insert into ${events} (activity_id, kind, title) select ${activityId}, 'meeting', 'Bulk meeting ' || i from n`);

    const first = searched('size=100');
    expect(first).toMatchObject({ total: COUNT_CAP, capped: true, page: 1, pageCount: COUNT_CAP / 100 });
    const beyond = searched('size=100&page=999999');
    expect(beyond).toMatchObject({ page: COUNT_CAP / 100, capped: true });
    expect(beyond.rows).toHaveLength(100);
    expect(searched('f.title=Air Cargo')).toMatchObject({ total: 1, capped: false });
    const exact = listEvents(db, { viewer: staffViewer(), state: state('size=100'), counting: 'exact' });
    expect(exact).toMatchObject({ total: 12 + COUNT_CAP + 1, capped: false });
  });
});

describe('events table pages, filtered and sorted', () => {
  it('are the same pages, whether read from the first events in the sort\'s order or from all of them', () => {
    synthesize(db, { activities: 200, events: 4000, seed: 3 });
    const canada = donorViewer(db, 'Canada');
    const views = [
      'f.kind=workshop&sort=-men',
      'f.modality=virtual&sort=women',
      'f.country=SV&sort=women',
      'f.women.max=0&sort=-total',
      'q=synthetic&sort=title',
      // A search, or a text filter, in the default order (by date).
      'q=synthetic',
      'f.activity=activity 1&f.kind=workshop',
      'q=event 12',
      // Selective enough that the first events in the sort's order hold less than a page.
      'f.country=SV&f.kind=workshop&f.women.min=30&sort=-notDisaggregated',
      'f.modality=on_site&sort=-country&archived=1',
      // A filter on the sorted column itself.
      'f.kind=workshop&sort=kind',
      'f.women.min=30&sort=-women',
    ];
    for (const viewer of [staffViewer(), canada]) {
      for (const view of views) {
        const all = [...exportEvents(db, { viewer, state: state(view) })].flat().map((e) => e.id);
        if (viewer !== canada) expect(all.length, view).toBeGreaterThan(0);
        // A page past the capped count shows the last one it counted.
        const last = Math.min(Math.ceil(all.length / 25), COUNT_CAP / 25);
        for (const page of new Set([1, Math.min(2, last), last])) {
          const rows = listEvents(db, { viewer, state: state(`${view}&size=25&page=${page}`) }).rows.map((e) => e.id);
          expect(rows, `${view} page ${page}`).toEqual(all.slice((page - 1) * 25, page * 25));
        }
      }
    }
  });
});

describe("a donor's events table", () => {
  /** The staff's events of the view, kept to the activities the donor funds: no use of the donor's scope. */
  function staffEventsFundedBy(donorId: number, view: string): number[] {
    const funded = new Set(db.select({ id: activityDonors.activityId }).from(activityDonors).where(eq(activityDonors.donorId, donorId)).all().map((row) => row.id));
    return [...exportEvents(db, { viewer: staffViewer(), state: state(view) })].flat().filter((e) => funded.has(e.activityId)).map((e) => e.id);
  }

  function expectStaffPages(viewer: Viewer, views: string[]) {
    for (const view of views) {
      const expected = staffEventsFundedBy(viewer.donorId!, view);
      expect(expected.length, view).toBeGreaterThan(0);
      expect([...exportEvents(db, { viewer, state: state(view) })].flat().map((e) => e.id), view).toEqual(expected);
      const last = Math.min(Math.ceil(expected.length / 25), COUNT_CAP / 25);
      for (const page of new Set([1, Math.min(2, last), last])) {
        const listed = listEvents(db, { viewer, state: state(`${view}&size=25&page=${page}`) });
        expect(listed.total, view).toBe(Math.min(expected.length, COUNT_CAP));
        expect(listed.rows.map((e) => e.id), `${view} page ${page}`).toEqual(expected.slice((page - 1) * 25, page * 25));
      }
    }
  }

  // Past the cap, a donor's first pages are walked down the sort's index, and its last ones are
  // read by activity.
  const views = ['sort=-start', 'sort=-women', 'sort=-total', 'sort=title', 'sort=activity', 'f.kind=workshop', 'sort=title&f.country=BZ'];

  it("are the staff's events of the activities it funds, in the same order, with few of them or more than the count's cap", () => {
    synthesize(db, { activities: 200, events: 4000, seed: 3 });
    const canada = donorViewer(db, 'Canada');
    expectStaffPages(canada, views);

    // Past the cap, a donor's first pages are mostly read down the sort's index, as staff's are.
    const belize = db.select({ id: events.activityId }).from(events).where(eq(events.title, 'Tourism Security Workshop, Belize City')).get()!.id;
    db.run(sql`with recursive n(i) as (select 1 union all select i + 1 from n where i <= ${COUNT_CAP})
      insert into ${events} (activity_id, kind, title, country_code, start_date, start_precision, women)
      select ${belize}, 'workshop', 'Funded workshop ' || i, 'BZ', printf('2031-%02d-01', 1 + i % 12), 'month', i % 7 from n`);
    expect(listEvents(db, { viewer: canada, state: state() }).capped).toBe(true);
    expectStaffPages(canada, views);
  });
});
