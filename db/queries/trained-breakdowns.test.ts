import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDemoDatabase } from '@/test/temp-database';
import type { Db } from '../client';
import { refreshEventFigures } from '../event-figures';
import { activities, events } from '../schema';
import type { Viewer } from '../viewer';
import {
  listShareOfWomenBySubregion,
  listShareOfWomenByYear,
  listTrainedByCountry,
  listTrainedByProgram,
  listTrainedByYear,
} from './trained-breakdowns';

let db: Db;
beforeEach(() => {
  db = openDemoDatabase();
});

const viewer: Viewer = { id: 1, role: 'viewer', donorId: null };
const canada: Viewer = { id: 4, role: 'donor', donorId: 1 };

describe('people trained, broken down', () => {
  it('by country, most first, the event without a stated country kept as its own row', () => {
    const rows = listTrainedByCountry(db, { viewer });
    expect(rows.map((r) => [r.countryCode, r.women, r.men, r.notDisaggregated, r.total])).toEqual([
      ['AG', 0, 0, 45, 45],
      ['SV', 0, 0, 37, 37],
      [null, 0, 0, 28, 28],
      ['BZ', 1, 22, 0, 23],
      ['BB', 7, 15, 0, 22],
    ]);
    expect(rows.reduce((sum, r) => sum + r.total, 0)).toBe(155);
  });

  it('by year: no training event of the sources states its date, so all 155 are "not stated"', () => {
    expect(listTrainedByYear(db, { viewer })).toEqual([{ year: null, women: 8, men: 37, notDisaggregated: 110, total: 155 }]);

    const activityId = db.select({ id: activities.id }).from(activities).where(eq(activities.name, 'Air Cargo Workshop')).get()!.id;
    db.insert(events).values({ activityId, title: 'Dated', kind: 'workshop', startDate: '2016-03-01', startPrecision: 'month', men: 4 }).run();
    // Written past the mutations, as a bulk load does: its stored figures are refreshed by hand.
    refreshEventFigures(db, { activityIds: [activityId] });
    expect(listTrainedByYear(db, { viewer }).map((r) => [r.year, r.total])).toEqual([
      ['2016', 4],
      [null, 155],
    ]);
  });

  it('by program, most first', () => {
    expect(listTrainedByProgram(db, { viewer }).map((r) => [r.name, r.total])).toEqual([
      ['Tourism Security Program', 68],
      ['Aviation Security Program', 50],
      ['Program to Prevent Crimes Related to Irregular Migration in Mesoamerica', 37],
    ]);
  });

  it('share of women with the count it is computed from, by year and by subregion', () => {
    expect(listShareOfWomenByYear(db, { viewer })).toEqual([{ year: null, women: 8, base: 45, share: 8 / 45 }]);
    expect(listShareOfWomenBySubregion(db, { viewer })).toEqual([
      { subregion: 'caribbean', women: 7, base: 22, share: 7 / 22 },
      { subregion: 'central_america', women: 1, base: 23, share: 1 / 23 },
    ]);
  });

  it("keep to a donor's portfolio, whatever the filters", () => {
    expect(listTrainedByCountry(db, { viewer: canada }).map((r) => [r.countryCode, r.total])).toEqual([
      ['AG', 45],
      ['BZ', 23],
    ]);
    expect(listTrainedByProgram(db, { viewer: canada, filters: { country: 'BB' } })).toEqual([]);
    expect(listShareOfWomenBySubregion(db, { viewer: canada })).toEqual([{ subregion: 'central_america', women: 1, base: 23, share: 1 / 23 }]);
  });

  it('follow the filters', () => {
    expect(listTrainedByCountry(db, { viewer, filters: { subregion: 'central_america' } }).map((r) => r.countryCode)).toEqual(['SV', 'BZ']);
    expect(listTrainedByProgram(db, { viewer, filters: { unit: 'DPS' } }).map((r) => r.total)).toEqual([37]);
    expect(listTrainedByYear(db, { viewer, filters: { from: '2017-01-01' } })).toEqual([]);
  });
});
