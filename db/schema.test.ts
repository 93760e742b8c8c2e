import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDemoDatabase } from '@/test/temp-database';
import type { Db } from './client';
import { activities, activityDonors, events, users } from './schema';

// The database itself refuses what no screen should ever write.
let db: Db;
let activityId: number;
beforeAll(() => {
  db = openDemoDatabase();
  activityId = db.select({ id: activities.id }).from(activities).get()!.id;
});

const event = (values: Partial<typeof events.$inferInsert>) => () =>
  db.insert(events).values({ activityId, kind: 'workshop', title: 'Constraint check', ...values }).run();

describe('constraints', () => {
  it.each([{ women: -1 }, { men: -5 }, { notDisaggregated: -1 }])('refuse a negative count %o', (values) => {
    expect(event(values)).toThrow(/CHECK constraint failed/);
  });

  it('refuse an event ending before it starts', () => {
    expect(event({ startDate: '2017-05-02', startPrecision: 'day', endDate: '2017-05-01', endPrecision: 'day' })).toThrow(/events_end_after_start/);
  });

  it('refuse an unknown event kind and an unknown country', () => {
    expect(event({ kind: 'party' as never })).toThrow(/CHECK constraint failed/);
    expect(event({ countryCode: 'XX' })).toThrow(/FOREIGN KEY constraint failed/);
  });

  it('refuse a date without its precision', () => {
    expect(event({ startDate: '2017-05-02' })).toThrow(/events_precision_with_date/);
  });

  it('refuse an activity completed before it commenced', () => {
    expect(() =>
      db
        .update(activities)
        .set({ commencementDate: '2018-01-01', commencementPrecision: 'day', completionDate: '2017-12-31', completionPrecision: 'day' })
        .where(eq(activities.id, activityId))
        .run(),
    ).toThrow(/activities_completion_after_commencement/);
  });

  it('refuse a negative amount, and an amount without its currency', () => {
    const donorId = db.select({ id: activityDonors.donorId }).from(activityDonors).get()!.id;
    const fund = (amount: number, currency: string | null) => () =>
      db.update(activityDonors).set({ amount, currency }).where(eq(activityDonors.donorId, donorId)).run();
    expect(fund(-1, 'USD')).toThrow(/activity_donors_amount/);
    expect(fund(1000, null)).toThrow(/activity_donors_currency/);
  });

  it('link a donor account to exactly one donor, and no other account to any', () => {
    const account = { email: 'x@example.org', name: 'X', passwordHash: 'x' };
    expect(() => db.insert(users).values({ ...account, role: 'donor', donorId: null }).run()).toThrow(/users_donor_link/);
    expect(() => db.insert(users).values({ ...account, role: 'viewer', donorId: 1 }).run()).toThrow(/users_donor_link/);
  });

  it('refuse a second account with the same email', () => {
    const existing = db.select({ email: users.email }).from(users).get()!;
    expect(() => db.insert(users).values({ email: existing.email, name: 'Twin', passwordHash: 'x', role: 'viewer' }).run()).toThrow(/UNIQUE/);
  });
});
