import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDemoDatabase } from '@/test/temp-database';
import type { Db } from '../client';
import { donors, programs } from '../schema';
import type { Viewer } from '../viewer';
import { getDonorProfile } from './donor-profile';
import { listActivityCountries, listProfileActivities, listProfileEvents } from './profile-lists';
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
    const funded = listProfileActivities(db, query);
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
    const trained = listProfileEvents(db, query).filter((e) => e.total !== null);
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
    expect(listProfileActivities(db, { viewer, filters: { program: aviation } }).map((a) => a.name).sort()).toEqual([
      'Air Cargo Workshop',
      'Airport Access Control Workshop',
    ]);
    expect(listProfileActivities(db, { viewer: donorViewer('United States'), filters: { program: aviation } }).map((a) => a.name)).toEqual([
      'Airport Access Control Workshop',
    ]);
  });
});

describe('country lists', () => {
  it('give events with a total only where a count is stated', () => {
    const belize = listProfileEvents(db, { viewer, filters: { country: 'BZ' } });
    expect(belize.map((e) => [e.kind, e.total])).toEqual([
      ['assessment_mission', null],
      ['workshop', 23],
    ]);
  });
});
