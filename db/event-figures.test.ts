import { asc, count, desc, eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDemoDatabase } from '@/test/temp-database';
import type { Db } from './client';
import { rebuildEventFigures } from './event-figures';
import { createActivity, updateActivity, type ActivityValues } from './mutations/activities';
import { createDonor, updateDonor } from './mutations/donors';
import { setArchived } from './mutations/editable';
import { createEvent, updateEvent, type EventValues } from './mutations/events';
import { factSource, listPlaceFactsFrom, listProgramFactsFrom } from './queries/trained-facts';
import { activities, activityCountryRollups, activityDonors, activityFigures, donorEventRollups, donors, eventRollups, events, programs, type Activity } from './schema';
import { synthesize } from './synth/synthesize';
import type { Viewer } from './viewer';

// The stored figures are derived data: after any sequence of writes through the mutations they
// must equal what a rebuild from the events gives, and the rollups must answer every filter
// they claim to answer with exactly the sums of the events.

let db: Db;
const editor: Viewer = { id: 2, role: 'editor', donorId: null };
const viewer: Viewer = { id: 3, role: 'viewer', donorId: null };

beforeEach(() => {
  db = openDemoDatabase();
  synthesize(db, { activities: 200, events: 1500, seed: 3 });
});

function storedFigures(source: Pick<Db, 'select'>) {
  return {
    activities: source.select().from(activityFigures).orderBy(asc(activityFigures.activityId)).all(),
    rollups: source
      .select()
      .from(eventRollups)
      .orderBy(asc(eventRollups.programId), asc(eventRollups.countryCode), asc(eventRollups.year))
      .all(),
    donorRollups: source
      .select()
      .from(donorEventRollups)
      .orderBy(asc(donorEventRollups.donorId), asc(donorEventRollups.programId), asc(donorEventRollups.countryCode), asc(donorEventRollups.year))
      .all(),
    countries: source.select().from(activityCountryRollups).orderBy(asc(activityCountryRollups.programId), asc(activityCountryRollups.countryCode)).all(),
  };
}

/** The figures a rebuild from the events would store, read inside a transaction that is then undone. */
function rebuiltFigures() {
  let rebuilt: ReturnType<typeof storedFigures> | undefined;
  try {
    db.transaction((tx) => {
      rebuildEventFigures(tx);
      rebuilt = storedFigures(tx);
      tx.rollback();
    });
  } catch {
    // the rollback
  }
  return rebuilt!;
}

const expectFiguresTrue = () => expect(storedFigures(db)).toEqual(rebuiltFigures());

/** Facts in a stable order, to compare two lists of them. */
const sorted = <T>(facts: T[]) => facts.map((fact) => JSON.stringify(fact)).sort();

const one = <T>(row: T | undefined) => row!;

describe('stored participant figures', () => {
  it('equal a rebuild from the events after every kind of write', () => {
    expectFiguresTrue();
    const [activity, otherActivity] = db
      .select()
      .from(activities)
      .where(sql`exists (select 1 from ${events} where ${events.activityId} = ${activities.id}) and ${activities.commencementDate} is not null`)
      .orderBy(asc(activities.id))
      .limit(2)
      .offset(20)
      .all() as [Activity, Activity];
    const values: EventValues = {
      activityId: activity.id,
      kind: 'training_course',
      title: 'Freshly added course',
      countryCode: null,
      start: { date: activity.commencementDate!, precision: 'day' },
      end: null,
      venue: null,
      modality: null,
      sectors: [],
      women: 7,
      men: 5,
      notDisaggregated: null,
      isApproximate: false,
    };

    const eventId = createEvent(db, { actor: editor, values, confirmOutsidePeriod: true });
    expectFiguresTrue();

    updateEvent(db, { actor: editor, id: eventId, version: 1, values: { ...values, activityId: otherActivity.id, women: 70, kind: 'workshop' }, confirmOutsidePeriod: true });
    expectFiguresTrue();

    setArchived(db, { table: events, actor: editor, id: eventId, version: 2, archived: true });
    expectFiguresTrue();
    setArchived(db, { table: events, actor: editor, id: eventId, version: 3, archived: false });
    expectFiguresTrue();

    const current = one(db.select().from(activities).where(eq(activities.id, otherActivity.id)).get());
    setArchived(db, { table: activities, actor: editor, id: current.id, version: current.version, archived: true });
    expectFiguresTrue();

    const otherProgram = one(db.select().from(programs).where(eq(programs.name, 'Synthetic program 1')).get());
    const moved: ActivityValues = {
      programId: otherProgram.id,
      name: activity.name,
      commencement: activity.commencementDate ? { date: activity.commencementDate, precision: activity.commencementPrecision! } : null,
      completion: activity.completionDate ? { date: activity.completionDate, precision: activity.completionPrecision! } : null,
      isOngoing: activity.isOngoing,
      targetBeneficiaries: null,
      summary: null,
      objectives: null,
      results: null,
      additionalInfoUrl: null,
      countries: ['BZ', 'SV'],
      funding: [],
    };
    updateActivity(db, { actor: editor, id: activity.id, version: activity.version, values: moved });
    expectFiguresTrue();

    createActivity(db, { actor: editor, values: { ...moved, name: 'A new activity with no event yet' } });
    expectFiguresTrue();

    // Renamed, a donor comes first among the donors of the activities it funds: they sort by it.
    const funder = one(db.select().from(donors).where(sql`exists (select 1 from ${activityDonors} where ${activityDonors.donorId} = ${donors.id})`).orderBy(desc(donors.name)).limit(1).get());
    updateDonor(db, { actor: editor, id: funder.id, version: funder.version, values: { name: 'Aaa first of all', nameEs: null, kind: funder.kind, countryCode: null } });
    expectFiguresTrue();
    expect(db.select({ n: count() }).from(activityFigures).where(eq(activityFigures.firstDonorName, 'Aaa first of all')).get()!.n).toBeGreaterThan(0);
    createDonor(db, { actor: editor, values: { name: 'A donor that funds nothing yet', nameEs: null, kind: 'other', countryCode: null } });
    expectFiguresTrue();
  });

  it('give, through the rollups, exactly the sums of the events for every filter they answer', () => {
    const unit = one(db.select({ unitId: programs.unitId }).from(programs).where(eq(programs.name, 'Synthetic program 2')).get());
    const unitCode = db.$client.prepare('select code from org_units where id = ?').pluck().get(unit.unitId) as string;
    const filterSets = [
      {},
      { country: 'BZ' },
      { subregion: 'caribbean' as const },
      { program: one(db.select().from(programs).where(eq(programs.name, 'Synthetic program 2')).get()).id },
      { unit: unitCode },
      { from: '2014-01-01', to: '2017-12-31' },
      { from: '2019-01-01', country: 'SV' },
    ];
    const donor = one(db.select({ id: activityDonors.donorId }).from(activityDonors).orderBy(asc(activityDonors.donorId)).limit(1).get()).id;
    const donorViewer: Viewer = { id: 9, role: 'donor', donorId: donor };
    const cases = [
      ...filterSets.map((filters) => ({ viewer, filters, from: 'rollups' })),
      ...filterSets.map((filters) => ({ viewer: donorViewer, filters, from: 'donorRollups' })),
      ...filterSets.map((filters) => ({ viewer, filters: { ...filters, donor }, from: 'donorRollups' })),
      { viewer: donorViewer, filters: { donor }, from: 'donorRollups' },
      { viewer: { id: 9, role: 'donor', donorId: null } satisfies Viewer, filters: {}, from: 'donorRollups' },
    ];
    for (const { from, ...params } of cases) {
      const source = factSource(params);
      expect(source.from).toBe(from);
      expect(sorted(listPlaceFactsFrom(db, params, source))).toEqual(sorted(listPlaceFactsFrom(db, params, { from: 'events' })));
      expect(sorted(listProgramFactsFrom(db, params, source))).toEqual(sorted(listProgramFactsFrom(db, params, { from: 'events' })));
    }
    expect(listPlaceFactsFrom(db, { viewer: donorViewer }, { from: 'donorRollups', donorId: donor }).length).toBeGreaterThan(0);
  });

  it('are not used where they cannot answer: a period not of whole years, a donor filtering by a co-funder', () => {
    expect(factSource({ viewer, filters: { from: '2016-03-01' } })).toEqual({ from: 'events' });
    expect(factSource({ viewer, filters: { to: '2016-06-30', donor: 1 } })).toEqual({ from: 'events' });
    expect(factSource({ viewer: { id: 9, role: 'donor', donorId: 1 }, filters: { donor: 2 } })).toEqual({ from: 'events' });
    expect(factSource({ viewer: { id: 9, role: 'donor', donorId: 1 }, filters: { from: '2016-03-01' } })).toEqual({ from: 'events' });
  });
});
