import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDemoDatabase } from '@/test/temp-database';
import type { Db } from '../client';
import { activities, activityCountries, activityDonors, donors, events, programs } from '../schema';
import { COUNT_CAP } from '../table-sql';
import type { Viewer } from '../viewer';
import { getDonorProfile } from './donor-profile';
import { PROFILE_LIST_SIZE, listActivityCountries, listNewestActivities, listNewestEvents } from './profile-lists';
import { getProgramProfile } from './program-profile';

let db: Db;
beforeEach(() => {
  db = openDemoDatabase();
});

const viewer: Viewer = { id: 1, role: 'viewer', donorId: null };
const donorId = (name: string) => db.select({ id: donors.id }).from(donors).where(eq(donors.name, name)).get()!.id;
const programId = (name: string) => db.select({ id: programs.id }).from(programs).where(eq(programs.name, name)).get()!.id;
const donorViewer = (name: string): Viewer => ({ id: 9, role: 'donor', donorId: donorId(name) });

describe('donor profile', () => {
  it('is open to staff for every donor, and to a donor account for its own only', () => {
    const canada = donorId('Canada');
    const usa = donorId('United States');
    expect(getDonorProfile(db, { viewer, id: usa })).toMatchObject({ name: 'United States', nameEs: 'Estados Unidos' });
    expect(getDonorProfile(db, { viewer: donorViewer('Canada'), id: canada })).toMatchObject({ name: 'Canada' });
    expect(getDonorProfile(db, { viewer: donorViewer('Canada'), id: usa })).toBeUndefined();
    expect(getDonorProfile(db, { viewer: { id: 9, role: 'donor', donorId: null }, id: canada })).toBeUndefined();
    expect(getDonorProfile(db, { viewer, id: 999999 })).toBeUndefined();
  });

  it("lists Canada's portfolio: three activities in Belize and Antigua and Barbuda, amounts not stated", () => {
    const query = { viewer, filters: { donor: donorId('Canada') } };
    const funded = listNewestActivities(db, query).rows;
    expect(funded).toHaveLength(3);
    expect(funded.flatMap((a) => a.donors.map((d) => [d.name, d.amount]))).toEqual([
      ['Canada', null],
      ['Canada', null],
      ['Canada', null],
    ]);
    expect(listActivityCountries(db, query).map((c) => [c.code, c.activities])).toEqual([
      ['AG', 1],
      ['BZ', 2],
    ]);
    const trained = listNewestEvents(db, query).rows.filter((e) => e.total !== null);
    expect(trained.map((e) => [e.women, e.men, e.notDisaggregated, e.total])).toEqual(
      expect.arrayContaining([
        [1, 22, 0, 23],
        [null, null, 45, 45],
      ]),
    );
  });
});

describe('program profile', () => {
  it('is open to staff, and to a donor only where it funds an activity of the program', () => {
    const tourism = programId('Tourism Security Program');
    const aviation = programId('Aviation Security Program');
    expect(getProgramProfile(db, { viewer, id: aviation })).toMatchObject({ name: 'Aviation Security Program', unitCode: 'CICTE' });
    expect(getProgramProfile(db, { viewer: donorViewer('Canada'), id: tourism })).toBeDefined();
    expect(getProgramProfile(db, { viewer: donorViewer('Canada'), id: aviation })).toBeUndefined();
    expect(getProgramProfile(db, { viewer: donorViewer('United States'), id: aviation })).toBeDefined();
    expect(getProgramProfile(db, { viewer, id: 999999 })).toBeUndefined();
  });

  it("shows a donor only its own activities of a program", () => {
    const aviation = programId('Aviation Security Program');
    expect(listNewestActivities(db, { viewer, filters: { program: aviation } }).rows.map((a) => a.name).sort()).toEqual([
      'Air Cargo Workshop',
      'Airport Access Control Workshop',
    ]);
    expect(listNewestActivities(db, { viewer: donorViewer('United States'), filters: { program: aviation } }).rows.map((a) => a.name)).toEqual([
      'Airport Access Control Workshop',
    ]);
  });
});

describe('country lists', () => {
  it('give events with a total only where a count is stated', () => {
    const belize = listNewestEvents(db, { viewer, filters: { country: 'BZ' } }).rows;
    expect(belize.map((e) => [e.kind, e.total])).toEqual([
      ['assessment_mission', null],
      ['workshop', 23],
    ]);
  });
});

describe("a profile's lists when there are more than it shows", () => {
  /** Adds activities in Belize, one a month from January 2030, each with one event; the first few funded by Canada. */
  function addBelizeActivities(count: number, fundedByCanada: number) {
    const program = programId('Tourism Security Program');
    for (let i = 0; i < count; i++) {
      const month = String((i % 12) + 1).padStart(2, '0');
      const date = `${2030 + Math.floor(i / 12)}-${month}-01`;
      const { id } = db.insert(activities).values({ programId: program, name: `Bulk activity ${i}`, commencementDate: date, commencementPrecision: 'day' }).returning({ id: activities.id }).get();
      db.insert(activityCountries).values({ activityId: id, countryCode: 'BZ' }).run();
      db.insert(events).values({ activityId: id, kind: 'workshop', title: `Bulk event ${i}`, startDate: date, startPrecision: 'day', countryCode: 'BZ', women: 1, men: 1 }).run();
      if (i < fundedByCanada) db.insert(activityDonors).values({ activityId: id, donorId: donorId('Canada') }).run();
    }
  }

  it('lists the newest first, undated last, and counts them all', () => {
    addBelizeActivities(30, 0);
    const query = { viewer, filters: { country: 'BZ' } };
    const listed = listNewestActivities(db, query);
    expect(listed).toMatchObject({ total: 36, capped: false });
    expect(listed.rows).toHaveLength(PROFILE_LIST_SIZE);
    expect(listed.rows[0]!.name).toBe('Bulk activity 29');
    expect(listed.rows.map((a) => a.commencementDate)).toEqual([...listed.rows.map((a) => a.commencementDate)].sort().reverse());
    const listedEvents = listNewestEvents(db, query);
    expect(listedEvents.total).toBe(32);
    expect(listedEvents.rows).toHaveLength(PROFILE_LIST_SIZE);
    expect(listedEvents.rows[0]!.title).toBe('Bulk event 29');
  });

  it('are kept between loads, and show a write on the next one', () => {
    const query = { viewer, filters: { country: 'BZ' } };
    const before = listNewestActivities(db, query);
    expect(listNewestActivities(db, query)).toBe(before);
    addBelizeActivities(1, 0);
    const after = listNewestActivities(db, query);
    expect(after.rows[0]!.name).toBe('Bulk activity 0');
    expect(after.total).toBe(before.total + 1);
    expect(listNewestEvents(db, query).rows[0]!.title).toBe('Bulk event 0');
  });

  it("counts within a donor's scope only", () => {
    addBelizeActivities(30, 25);
    const canada = donorViewer('Canada');
    const listed = listNewestActivities(db, { viewer: canada, filters: { country: 'BZ' } });
    // Canada's two demo activities in Belize, and the 25 bulk ones it funds.
    expect(listed.total).toBe(27);
    expect(listed.rows.every((a) => a.donors.some((d) => d.name === 'Canada'))).toBe(true);
    expect(listed.rows[0]!.name).toBe('Bulk activity 24');
    expect(listNewestEvents(db, { viewer: canada, filters: { country: 'BZ' } }).total).toBe(27);
  });

  it('shows every row, and counts no further, when they fit', () => {
    const listed = listNewestActivities(db, { viewer, filters: { country: 'BZ' } });
    expect(listed.rows).toHaveLength(6);
    expect(listed).toMatchObject({ total: 6, capped: false });
  });

  it('stops counting where the tables do', () => {
    db.$client
      .prepare(
        `with recursive n(i) as (select 1 union all select i + 1 from n where i < ?)
         insert into activities (program_id, name) select (select min(id) from programs), 'Bulk ' || i from n`,
      )
      .run(COUNT_CAP);
    db.$client.exec(`insert into activity_countries (activity_id, country_code) select id, 'BZ' from activities where name like 'Bulk %'`);
    const listed = listNewestActivities(db, { viewer, filters: { country: 'BZ' } });
    expect(listed).toMatchObject({ total: COUNT_CAP, capped: true });
    expect(listed.rows).toHaveLength(PROFILE_LIST_SIZE);
  });
});
