import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDemoDatabase } from '@/test/temp-database';
import type { Db } from '../client';
import { refreshEventFigures } from '../event-figures';
import { setArchived } from '../mutations/editable';
import { activities, donors, events } from '../schema';
import type { Viewer } from '../viewer';
import { countLeftOutByPeriod, getHeadlineFigures } from './dashboard';

let db: Db;
beforeEach(() => {
  db = openDemoDatabase();
});

const staff = (role: Viewer['role']): Viewer => ({ id: 1, role, donorId: null });
function donorViewer(name: string): Viewer {
  const donor = db.select({ id: donors.id }).from(donors).where(eq(donors.name, name)).get()!;
  return { id: 99, role: 'donor', donorId: donor.id };
}

const everything = {
  peopleTrained: 155,
  trainedWomen: 8,
  trainedMen: 37,
  trainedNotDisaggregated: 110,
  shareOfWomen: 8 / 45,
  genderRecordedBase: 45,
  meetingParticipants: 25,
  countriesReached: 11,
  activities: 13,
  donors: 4,
};

describe('headline figures', () => {
  it.each(['admin', 'editor', 'viewer'] as const)('count every activity for %s', (role) => {
    expect(getHeadlineFigures(db, { viewer: staff(role) })).toMatchObject(everything);
  });

  it('count only the activities Canada funds for a Canada donor', () => {
    expect(getHeadlineFigures(db, { viewer: donorViewer('Canada') })).toMatchObject({
      peopleTrained: 68,
      trainedWomen: 1,
      trainedMen: 22,
      trainedNotDisaggregated: 45,
      shareOfWomen: 1 / 23,
      genderRecordedBase: 23,
      meetingParticipants: 0,
      countriesReached: 2,
      activities: 3,
      donors: 1,
    });
  });

  it('count only the activities the United States funds for a United States donor', () => {
    expect(getHeadlineFigures(db, { viewer: donorViewer('United States') })).toMatchObject({
      peopleTrained: 28,
      shareOfWomen: null,
      genderRecordedBase: 0,
      countriesReached: 0,
      activities: 1,
      donors: 1,
    });
  });

  it('fail closed: a donor account without a donor, or with an unknown donor, sees nothing', () => {
    for (const donorId of [null, 123456]) {
      expect(getHeadlineFigures(db, { viewer: { id: 5, role: 'donor', donorId } })).toMatchObject({
        peopleTrained: 0,
        activities: 0,
        countriesReached: 0,
        donors: 0,
        shareOfWomen: null,
      });
    }
  });

  it('leave out archived activities and archived events', () => {
    const workshop = db.select().from(events).where(eq(events.title, 'Air Cargo Workshop')).get()!;
    setArchived(db, { table: events, actor: staff('editor'), id: workshop.id, version: workshop.version, archived: true });
    expect(getHeadlineFigures(db, { viewer: staff('viewer') })).toMatchObject({ peopleTrained: 155 - 22, activities: 13 });

    const activity = db.select().from(activities).where(eq(activities.id, workshop.activityId)).get()!;
    setArchived(db, { table: activities, actor: staff('editor'), id: activity.id, version: activity.version, archived: true });
    expect(getHeadlineFigures(db, { viewer: staff('viewer') })).toMatchObject({ activities: 12, countriesReached: 11 });
  });

  it('derive each total from women, men and not disaggregated; a count not stated adds nothing', () => {
    const activityId = db.select({ id: activities.id }).from(activities).get()!.id;
    const base = { activityId, title: 'Derived totals check', kind: 'training_course' as const };
    db.insert(events).values([
      { ...base, women: 3, men: null, notDisaggregated: 2 },
      { ...base, women: 4, men: 6, notDisaggregated: null },
      { ...base, women: null, men: null, notDisaggregated: null },
      { ...base, kind: 'meeting', women: 5, men: 5, notDisaggregated: 0 },
    ]).run();
    // Written past the mutations, as a bulk load does: its stored figures are refreshed by hand.
    refreshEventFigures(db, { activityIds: [activityId] });
    const figures = getHeadlineFigures(db, { viewer: staff('viewer') });
    expect(figures.peopleTrained).toBe(155 + 5 + 10);
    // Only the event with both women and men stated joins the base of the share.
    expect(figures.genderRecordedBase).toBe(45 + 10);
    expect(figures.shareOfWomen).toBeCloseTo((8 + 4) / 55);
    expect(figures.meetingParticipants).toBe(25 + 10);
  });

  it('count ongoing activities from their dates', () => {
    expect(getHeadlineFigures(db, { viewer: staff('viewer'), today: '2017-06-01' }).ongoingActivities).toBe(4);
    expect(getHeadlineFigures(db, { viewer: staff('viewer'), today: '2026-11-26' }).ongoingActivities).toBe(1);
  });
});

describe('headline figures under filters', () => {
  const viewer = staff('viewer');
  const idOf = (name: string) => db.select({ id: donors.id }).from(donors).where(eq(donors.name, name)).get()!.id;

  it('narrow people trained to the country an event took place in, and activities to any of their countries', () => {
    // Belize: the tourism workshop (1 woman, 22 men); six activities name Belize among their countries.
    expect(getHeadlineFigures(db, { viewer, filters: { country: 'BZ' } })).toMatchObject({
      peopleTrained: 23,
      trainedWomen: 1,
      trainedMen: 22,
      shareOfWomen: 1 / 23,
      countriesReached: 1,
      activities: 6,
    });
  });

  it('narrow to a subregion: the Caribbean has Antigua and Barbuda (45) and Barbados (22)', () => {
    expect(getHeadlineFigures(db, { viewer, filters: { subregion: 'caribbean' } })).toMatchObject({
      peopleTrained: 67,
      trainedWomen: 7,
      genderRecordedBase: 22,
      countriesReached: 4, // AG, BB, DO, TT
    });
  });

  it('narrow to a program, a unit and a donor', () => {
    const aviation = db.select({ id: activities.programId }).from(activities).where(eq(activities.name, 'Air Cargo Workshop')).get()!.id;
    expect(getHeadlineFigures(db, { viewer, filters: { program: aviation } })).toMatchObject({ peopleTrained: 50, activities: 2 });
    // CICTE runs the aviation, tourism, maritime and 1540 programs: 50 + 68.
    expect(getHeadlineFigures(db, { viewer, filters: { unit: 'CICTE' } })).toMatchObject({ peopleTrained: 118, activities: 6 });
    expect(getHeadlineFigures(db, { viewer, filters: { donor: idOf('Canada') } })).toMatchObject({ peopleTrained: 68, activities: 3, donors: 1 });
  });

  it('count an event in a period by its start date, and an activity when its stated dates overlap the period', () => {
    const figures = getHeadlineFigures(db, { viewer, filters: { from: '2017-01-01', to: '2017-12-31' } });
    // No training event of the sources states its date; two 2017 meetings do (25 participants).
    expect(figures).toMatchObject({ peopleTrained: 0, meetingParticipants: 25 });
    // Port assessments (2017), police network (to 2020), violence prevention (ongoing),
    // legal aid (to 2017-09), airport access control (to 2017-04).
    expect(figures.activities).toBe(5);
    expect(getHeadlineFigures(db, { viewer, filters: { from: '2018-01-01' } }).activities).toBe(2);
    expect(getHeadlineFigures(db, { viewer, filters: { to: '2016-12-31' } }).meetingParticipants).toBe(0);

    const activityId = db.select({ id: activities.id }).from(activities).where(eq(activities.name, 'Air Cargo Workshop')).get()!.id;
    db.insert(events).values({ activityId, title: 'Dated course', kind: 'training_course', startDate: '2017-05-02', startPrecision: 'day', women: 2, men: 3 }).run();
    expect(getHeadlineFigures(db, { viewer, filters: { from: '2017-05-02', to: '2017-05-02' } })).toMatchObject({ peopleTrained: 5, shareOfWomen: 2 / 5 });
    expect(getHeadlineFigures(db, { viewer, filters: { from: '2017-05-03' } }).peopleTrained).toBe(0);
  });

  it('say what a period leaves out for having no stated date, and nothing without a period', () => {
    expect(countLeftOutByPeriod(db, { viewer, filters: { from: '2017-01-01' } })).toEqual({ events: 8, peopleTrained: 155, activities: 8 });
    expect(countLeftOutByPeriod(db, { viewer, filters: { from: '2017-01-01', country: 'BZ' } })).toEqual({ events: 2, peopleTrained: 23, activities: 3 });
    expect(countLeftOutByPeriod(db, { viewer, filters: { country: 'BZ' } })).toEqual({ events: 0, peopleTrained: 0, activities: 0 });
  });

  it('say on the next read what a new undated event adds to what a period leaves out', () => {
    const period = { from: '2017-01-01' };
    expect(countLeftOutByPeriod(db, { viewer, filters: period })).toMatchObject({ events: 8, peopleTrained: 155 });
    const activityId = db.select({ id: activities.id }).from(activities).where(eq(activities.name, 'Air Cargo Workshop')).get()!.id;
    db.insert(events).values({ activityId, title: 'Undated course', kind: 'training_course', women: 4, men: 1 }).run();
    expect(countLeftOutByPeriod(db, { viewer, filters: period })).toMatchObject({ events: 9, peopleTrained: 160 });
  });

  it("never widen a donor's scope: a filter on another donor, country or program finds nothing", () => {
    const canada = donorViewer('Canada');
    expect(getHeadlineFigures(db, { viewer: canada, filters: { donor: idOf('United States') } })).toMatchObject({ peopleTrained: 0, activities: 0 });
    expect(getHeadlineFigures(db, { viewer: canada, filters: { country: 'SV' } })).toMatchObject({ peopleTrained: 0, activities: 0, countriesReached: 0 });
    expect(getHeadlineFigures(db, { viewer: canada, filters: { country: 'BZ' } })).toMatchObject({ peopleTrained: 23, activities: 2 });
    expect(getHeadlineFigures(db, { viewer: canada, filters: { unit: 'DPS' } })).toMatchObject({ peopleTrained: 0, activities: 0 });
  });
});
