import { asc, eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDemoDatabase } from '@/test/temp-database';
import type { Db } from './client';
import { lacksDonorFigures, rebuildDonorFigures } from './donor-figures';
import { migrateDatabase } from './migrate';
import { createActivity, updateActivity, type ActivityValues } from './mutations/activities';
import { createDonor } from './mutations/donors';
import { setArchived } from './mutations/editable';
import { activities, activityDonors, donorFigures, donors, programs, type Activity } from './schema';
import { synthesize } from './synth/synthesize';
import type { Viewer } from './viewer';

// The donors' stored figures are derived data: after any sequence of writes through the mutations
// they must equal what a rebuild from the funding links gives.

let db: Db;
const editor: Viewer = { id: 2, role: 'editor', donorId: null };

beforeEach(() => {
  db = openDemoDatabase();
  synthesize(db, { activities: 200, events: 500, seed: 5 });
});

const storedFigures = (source: Pick<Db, 'select'>) => source.select().from(donorFigures).orderBy(asc(donorFigures.donorId)).all();

/** The figures a rebuild would store, read inside a transaction that is then undone. */
function rebuiltFigures() {
  let rebuilt: ReturnType<typeof storedFigures> | undefined;
  try {
    db.transaction((tx) => {
      rebuildDonorFigures(tx);
      rebuilt = storedFigures(tx);
      tx.rollback();
    });
  } catch {
    // the rollback
  }
  return rebuilt!;
}

const expectFiguresTrue = () => expect(storedFigures(db)).toEqual(rebuiltFigures());

const one = <T>(row: T | undefined) => row!;

/** An activity's values as its form would send them back, with other countries and funding. */
function valuesOf(activity: Activity, links: Pick<ActivityValues, 'countries' | 'funding'>): ActivityValues {
  return {
    programId: activity.programId,
    name: activity.name,
    commencement: activity.commencementDate ? { date: activity.commencementDate, precision: activity.commencementPrecision! } : null,
    completion: activity.completionDate ? { date: activity.completionDate, precision: activity.completionPrecision! } : null,
    isOngoing: activity.isOngoing,
    targetBeneficiaries: null,
    summary: null,
    objectives: null,
    results: null,
    additionalInfoUrl: null,
    ...links,
  };
}

describe('stored donor figures', () => {
  it('equal a rebuild from the funding links after every kind of write', () => {
    expectFiguresTrue();
    const [first, second] = db
      .select()
      .from(activities)
      .where(sql`(select count(*) from ${activityDonors} where ${activityDonors.activityId} = ${activities.id}) >= 2`)
      .orderBy(asc(activities.id))
      .limit(2)
      .all() as [Activity, Activity];
    const [kept, dropped] = db.select().from(activityDonors).where(eq(activityDonors.activityId, first.id)).orderBy(asc(activityDonors.donorId)).all();
    const added = one(db.select().from(donors).where(eq(donors.name, 'Synthetic donor 3')).get());

    // One donor dropped, one added, another amount and currency, other countries.
    updateActivity(db, {
      actor: editor,
      id: first.id,
      version: first.version,
      values: valuesOf(first, {
        countries: ['BZ', 'SV', 'GT'],
        funding: [
          { donorId: kept!.donorId, amount: 2500, currency: 'EUR' },
          { donorId: added.id, amount: null, currency: null },
        ],
      }),
    });
    expect(dropped).toBeDefined();
    expectFiguresTrue();

    setArchived(db, { table: activities, actor: editor, id: second.id, version: second.version, archived: true });
    expectFiguresTrue();
    setArchived(db, { table: activities, actor: editor, id: second.id, version: second.version + 1, archived: false });
    expectFiguresTrue();

    const otherProgram = one(db.select().from(programs).where(eq(programs.name, 'Synthetic program 1')).get());
    const moved = one(db.select().from(activities).where(eq(activities.id, first.id)).get());
    updateActivity(db, { actor: editor, id: first.id, version: moved.version, values: { ...valuesOf(moved, { countries: [], funding: [] }), programId: otherProgram.id } });
    expectFiguresTrue();

    const donorId = createDonor(db, { actor: editor, values: { name: 'A new donor', nameEs: null, kind: 'other', countryCode: null } });
    expect(storedFigures(db).find((row) => row.donorId === donorId)).toEqual({ donorId, activities: 0, countries: 0, amount: null, currency: null });
    createActivity(db, {
      actor: editor,
      values: { ...valuesOf(first, { countries: ['PA'], funding: [{ donorId, amount: 10, currency: 'USD' }] }), name: 'A new funded activity' },
    });
    expect(storedFigures(db).find((row) => row.donorId === donorId)).toEqual({ donorId, activities: 1, countries: 1, amount: 10, currency: 'USD' });
    expectFiguresTrue();
  });

  it('are rebuilt by a migration when a database lacks them', () => {
    expect(lacksDonorFigures(db)).toBe(false);
    const stored = storedFigures(db);
    db.delete(donorFigures).run();
    expect(lacksDonorFigures(db)).toBe(true);
    migrateDatabase(db);
    expect(storedFigures(db)).toEqual(stored);
  });
});
