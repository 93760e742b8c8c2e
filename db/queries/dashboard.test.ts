import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDemoDatabase } from '@/test/temp-database';
import type { Db } from '../client';
import { activities, donors, events } from '../schema';
import type { Viewer } from '../viewer';
import { getHeadlineFigures } from './dashboard';

let db: Db;
beforeEach(async () => {
  db = await openDemoDatabase();
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
    db.update(events).set({ archivedAt: '2026-01-01T00:00:00Z' }).where(eq(events.id, workshop.id)).run();
    expect(getHeadlineFigures(db, { viewer: staff('viewer') })).toMatchObject({ peopleTrained: 155 - 22, activities: 13 });

    db.update(activities).set({ archivedAt: '2026-01-01T00:00:00Z' }).where(eq(activities.id, workshop.activityId)).run();
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
