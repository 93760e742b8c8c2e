import { and, desc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDemoDatabase } from '@/test/temp-database';
import type { Db } from '../client';
import { getHeadlineFigures } from '../queries/dashboard';
import { activities, activityCountries, auditEvents, donors, events, indicators, orgUnits, programs } from '../schema';
import type { Viewer } from '../viewer';
import { createActivity, updateActivity, type ActivityValues } from './activities';
import { createDonor, updateDonor } from './donors';
import { setArchived } from './editable';
import { createEvent, updateEvent, type EventValues } from './events';
import { addMeasurement, createIndicator } from './indicators';
import { createProgram } from './programs';

let db: Db;
const editor: Viewer = { id: 2, role: 'editor', donorId: null };
const viewer: Viewer = { id: 3, role: 'viewer', donorId: null };

beforeEach(() => {
  db = openDemoDatabase();
});

const idOf = <T extends { id: number }>(row: T | undefined) => row!.id;
const donorId = (name: string) => idOf(db.select({ id: donors.id }).from(donors).where(eq(donors.name, name)).get());
const programId = (name: string) => idOf(db.select({ id: programs.id }).from(programs).where(eq(programs.name, name)).get());
const lastAudit = (entityType: string) => db.select().from(auditEvents).where(eq(auditEvents.entityType, entityType)).orderBy(desc(auditEvents.id)).get()!;

function honduras(overrides: Partial<ActivityValues> = {}): ActivityValues {
  return {
    programId: programId('Aviation Security Program'),
    name: 'Cargo screening course',
    commencement: { date: '2026-03-01', precision: 'day' },
    completion: { date: '2026-06-30', precision: 'day' },
    isOngoing: false,
    targetBeneficiaries: 'Civil aviation officials',
    summary: null,
    objectives: null,
    results: null,
    additionalInfoUrl: 'https://www.oas.org/',
    countries: ['HN', 'GT'],
    funding: [{ donorId: donorId('Canada'), amount: 50000, currency: 'USD' }],
    ...overrides,
  };
}

function workshop(activityId: number, overrides: Partial<EventValues> = {}): EventValues {
  return {
    activityId,
    kind: 'workshop',
    title: 'Tegucigalpa workshop',
    countryCode: 'HN',
    start: { date: '2026-04-14', precision: 'day' },
    end: { date: '2026-04-16', precision: 'day' },
    venue: 'Tegucigalpa',
    modality: 'on_site',
    sectors: ['civil_aviation'],
    women: 14,
    men: 16,
    notDisaggregated: 0,
    isApproximate: false,
    ...overrides,
  };
}

describe('an editor keeps the data true', () => {
  it('creates an activity with two countries and a donor, records a workshop, and the figures follow', () => {
    const before = getHeadlineFigures(db, { viewer });
    const id = createActivity(db, { actor: editor, values: honduras() });
    expect(db.select().from(activityCountries).where(eq(activityCountries.activityId, id)).all()).toHaveLength(2);
    expect(JSON.parse(lastAudit('activity').after!)).toMatchObject({ name: 'Cargo screening course', countries: ['GT', 'HN'] });

    createEvent(db, { actor: editor, values: workshop(id) });
    const after = getHeadlineFigures(db, { viewer });
    expect(after.peopleTrained).toBe(before.peopleTrained + 30);
    expect(after.trainedWomen).toBe(before.trainedWomen + 14);
    expect(after.activities).toBe(before.activities + 1);
    const canada: Viewer = { id: 4, role: 'donor', donorId: donorId('Canada') };
    expect(getHeadlineFigures(db, { viewer: canada }).peopleTrained).toBe(68 + 30);
  });

  it('edits with the version it read; the audit log keeps only what changed, before and after', () => {
    const id = createActivity(db, { actor: editor, values: honduras() });
    updateActivity(db, { actor: editor, id, version: 1, values: honduras({ name: 'Cargo screening course 2026', countries: ['HN'] }) });
    const audit = lastAudit('activity');
    expect(audit.action).toBe('update');
    expect(JSON.parse(audit.before!)).toEqual({ name: 'Cargo screening course', countries: ['GT', 'HN'] });
    expect(JSON.parse(audit.after!)).toEqual({ name: 'Cargo screening course 2026', countries: ['HN'] });
  });

  it('refuses a save based on an old version and tells what the record holds now', () => {
    const id = createActivity(db, { actor: editor, values: honduras() });
    updateActivity(db, { actor: editor, id, version: 1, values: honduras({ name: 'First save' }) });
    let refusal: unknown;
    try {
      updateActivity(db, { actor: editor, id, version: 1, values: honduras({ name: 'Second save' }) });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ code: 'conflict', current: { name: 'First save', version: 2 } });
    expect(db.select({ name: activities.name }).from(activities).where(eq(activities.id, id)).get()?.name).toBe('First save');
  });

  it('archives and restores instead of deleting; archived records leave the figures', () => {
    const id = createActivity(db, { actor: editor, values: honduras() });
    createEvent(db, { actor: editor, values: workshop(id) });
    const trained = getHeadlineFigures(db, { viewer }).peopleTrained;
    setArchived(db, { table: activities, actor: editor, id, version: 1, archived: true });
    expect(getHeadlineFigures(db, { viewer }).peopleTrained).toBe(trained - 30);
    expect(lastAudit('activity')).toMatchObject({ action: 'archive' });
    setArchived(db, { table: activities, actor: editor, id, version: 2, archived: false });
    expect(getHeadlineFigures(db, { viewer }).peopleTrained).toBe(trained);
    expect(lastAudit('activity')).toMatchObject({ action: 'restore' });
  });
});

describe('rules the data layer enforces', () => {
  it('an event must be in one of its activity’s countries', () => {
    const id = createActivity(db, { actor: editor, values: honduras() });
    expect(() => createEvent(db, { actor: editor, values: workshop(id, { countryCode: 'BZ' }) })).toThrow('invalid');
  });

  it('an event outside its activity’s period needs the editor’s confirmation', () => {
    const id = createActivity(db, { actor: editor, values: honduras() });
    const late = workshop(id, { start: { date: '2026-08-01', precision: 'day' }, end: null });
    expect(() => createEvent(db, { actor: editor, values: late })).toThrow('outside_period');
    expect(createEvent(db, { actor: editor, values: late, confirmOutsidePeriod: true })).toBeGreaterThan(0);
  });

  it('dates out of order, unknown countries, sectors and donors are refused', () => {
    const id = createActivity(db, { actor: editor, values: honduras() });
    expect(() => createEvent(db, { actor: editor, values: workshop(id, { end: { date: '2026-04-01', precision: 'day' } }) })).toThrow('invalid');
    expect(() => createEvent(db, { actor: editor, values: workshop(id, { sectors: ['astronauts'] }) })).toThrow('invalid');
    expect(() => createActivity(db, { actor: editor, values: honduras({ name: 'X', countries: ['XX'] }) })).toThrow('invalid');
    expect(() => createActivity(db, { actor: editor, values: honduras({ name: 'Y', funding: [{ donorId: 9999, amount: null, currency: null }] }) })).toThrow('invalid');
    expect(() =>
      createActivity(db, { actor: editor, values: honduras({ name: 'Z', completion: { date: '2026-01-01', precision: 'day' } }) }),
    ).toThrow('invalid');
  });

  it('a refused update changes nothing at all, links included', () => {
    const id = createActivity(db, { actor: editor, values: honduras() });
    const broken = honduras({ countries: ['BZ'], funding: [{ donorId: 9999, amount: null, currency: null }] });
    expect(() => updateActivity(db, { actor: editor, id, version: 1, values: broken })).toThrow('invalid');
    expect(db.select().from(activityCountries).where(eq(activityCountries.activityId, id)).all().map((c) => c.countryCode).sort()).toEqual(['GT', 'HN']);
  });

  it('names users tell records apart by are unique', () => {
    expect(() => createDonor(db, { actor: editor, values: { name: 'Canada', nameEs: null, kind: 'member_state', countryCode: 'CA' } })).toThrow('duplicate');
    const unitId = idOf(db.select({ id: orgUnits.id }).from(orgUnits).get());
    expect(() =>
      createProgram(db, { actor: editor, values: { unitId, name: 'Aviation Security Program', pillar: null, dacSector: null, summary: null, objectives: null, url: null } }),
    ).toThrow('duplicate');
    createActivity(db, { actor: editor, values: honduras() });
    expect(() => createActivity(db, { actor: editor, values: honduras() })).toThrow('duplicate');
  });

  it('an indicator counts only events of its own activity, and a measurement is audited', () => {
    const id = createActivity(db, { actor: editor, values: honduras() });
    const own = createEvent(db, { actor: editor, values: workshop(id) });
    const foreign = idOf(db.select({ id: events.id }).from(events).where(eq(events.title, 'Air Cargo Workshop')).get());
    expect(() => createIndicator(db, { actor: editor, values: { activityId: id, name: 'Officials trained', target: 100, eventIds: [foreign] } })).toThrow('invalid');
    const indicatorId = createIndicator(db, { actor: editor, values: { activityId: id, name: 'Officials trained', target: 100, eventIds: [own] } });
    addMeasurement(db, { actor: editor, indicatorId, value: 30, measuredOn: '2026-04-16', note: null });
    expect(JSON.parse(lastAudit('indicator').after!)).toMatchObject({ measurement: { value: 30 } });
  });
});

describe('roles', () => {
  it.each([
    ['viewer', { id: 3, role: 'viewer', donorId: null }],
    ['donor', { id: 4, role: 'donor', donorId: 1 }],
  ] as const)('a %s is refused every change, and nothing changes', (_role, actor) => {
    const activityId = idOf(db.select({ id: activities.id }).from(activities).get());
    const canada = donorId('Canada');
    const count = () => db.select({ id: auditEvents.id }).from(auditEvents).all().length;
    const before = count();
    const attempts = [
      () => createActivity(db, { actor, values: honduras() }),
      () => updateActivity(db, { actor, id: activityId, version: 1, values: honduras() }),
      () => createEvent(db, { actor, values: workshop(activityId) }),
      () => updateEvent(db, { actor, id: 1, version: 1, values: workshop(activityId) }),
      () => createDonor(db, { actor, values: { name: 'New donor', nameEs: null, kind: 'other', countryCode: null } }),
      () => updateDonor(db, { actor, id: canada, version: 1, values: { name: 'Renamed', nameEs: null, kind: 'other', countryCode: null } }),
      () => setArchived(db, { table: activities, actor, id: activityId, version: 1, archived: true }),
      () => createIndicator(db, { actor, values: { activityId, name: 'x', target: 1, eventIds: [] } }),
      () => addMeasurement(db, { actor, indicatorId: 1, value: 1, measuredOn: '2026-01-01', note: null }),
    ];
    for (const attempt of attempts) expect(attempt).toThrow('forbidden');
    expect(count()).toBe(before);
    expect(db.select().from(indicators).where(and(eq(indicators.name, 'x'))).all()).toHaveLength(0);
  });
});
