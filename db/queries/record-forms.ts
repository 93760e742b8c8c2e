import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { Refusal } from '../errors';
import {
  activities,
  activityCountries,
  activityDonors,
  donors,
  events,
  eventSectors,
  indicatorEvents,
  indicators,
  memberStates,
  orgUnits,
  programs,
  sectors,
} from '../schema';
import { canEdit, type Viewer } from '../viewer';

// Reads for the edit forms: a record as it is stored, with its version, and the choices its
// form offers. Editors and admins only; archived records included, so they can be edited too.

function assertEditor(viewer: Viewer): void {
  if (!canEdit(viewer)) throw new Refusal('forbidden');
}

export function getDonorForEdit(db: Db, params: { viewer: Viewer; id: number }) {
  assertEditor(params.viewer);
  return db.select().from(donors).where(eq(donors.id, params.id)).get();
}

export function getProgramForEdit(db: Db, params: { viewer: Viewer; id: number }) {
  assertEditor(params.viewer);
  return db.select().from(programs).where(eq(programs.id, params.id)).get();
}

export function getActivityForEdit(db: Db, params: { viewer: Viewer; id: number }) {
  assertEditor(params.viewer);
  const activity = db.select().from(activities).where(eq(activities.id, params.id)).get();
  if (!activity) return undefined;
  const countries = db.select({ code: activityCountries.countryCode }).from(activityCountries).where(eq(activityCountries.activityId, params.id)).all();
  const funding = db
    .select({ donorId: activityDonors.donorId, amount: activityDonors.amount, currency: activityDonors.currency })
    .from(activityDonors)
    .where(eq(activityDonors.activityId, params.id))
    .orderBy(asc(activityDonors.donorId))
    .all();
  return { ...activity, countries: countries.map((c) => c.code), funding };
}

export function getEventForEdit(db: Db, params: { viewer: Viewer; id: number }) {
  assertEditor(params.viewer);
  const event = db.select().from(events).where(eq(events.id, params.id)).get();
  if (!event) return undefined;
  const codes = db.select({ code: eventSectors.sectorCode }).from(eventSectors).where(eq(eventSectors.eventId, params.id)).all();
  return { ...event, sectors: codes.map((s) => s.code) };
}

export function getIndicatorForEdit(db: Db, params: { viewer: Viewer; id: number }) {
  assertEditor(params.viewer);
  const indicator = db.select().from(indicators).where(eq(indicators.id, params.id)).get();
  if (!indicator) return undefined;
  const linked = db.select({ id: indicatorEvents.eventId }).from(indicatorEvents).where(eq(indicatorEvents.indicatorId, params.id)).all();
  return { ...indicator, eventIds: linked.map((e) => e.id) };
}

/** The activity an event or indicator form belongs to: its name, period and countries. */
export function getActivityContext(db: Db, params: { viewer: Viewer; id: number }) {
  assertEditor(params.viewer);
  const activity = db
    .select({ id: activities.id, name: activities.name, commencementDate: activities.commencementDate, completionDate: activities.completionDate })
    .from(activities)
    .where(eq(activities.id, params.id))
    .get();
  if (!activity) return undefined;
  const countries = db
    .select({ code: memberStates.code, nameEn: memberStates.nameEn, nameEs: memberStates.nameEs })
    .from(activityCountries)
    .innerJoin(memberStates, eq(memberStates.code, activityCountries.countryCode))
    .where(eq(activityCountries.activityId, params.id))
    .orderBy(asc(memberStates.nameEn))
    .all();
  const activityEvents = db.select({ id: events.id, title: events.title }).from(events).where(eq(events.activityId, params.id)).orderBy(asc(events.id)).all();
  return { ...activity, countries, events: activityEvents };
}

/** Everything the record forms offer to choose from. */
export function getFormChoices(db: Db, params: { viewer: Viewer }) {
  assertEditor(params.viewer);
  return {
    units: db.select({ id: orgUnits.id, code: orgUnits.code }).from(orgUnits).orderBy(asc(orgUnits.id)).all(),
    programs: db.select({ id: programs.id, name: programs.name }).from(programs).orderBy(asc(programs.name)).all(),
    donors: db.select({ id: donors.id, name: donors.name }).from(donors).orderBy(asc(donors.name)).all(),
    countries: db.select({ code: memberStates.code, nameEn: memberStates.nameEn, nameEs: memberStates.nameEs }).from(memberStates).orderBy(asc(memberStates.nameEn)).all(),
    sectors: db.select({ code: sectors.code, nameEn: sectors.nameEn, nameEs: sectors.nameEs }).from(sectors).orderBy(asc(sectors.nameEn)).all(),
  };
}

export type FormChoices = ReturnType<typeof getFormChoices>;
