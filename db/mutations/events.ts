import { asc, eq, inArray } from 'drizzle-orm';
import type { StoredDate } from '@/lib/partial-date';
import type { Writer } from '../audit';
import type { Db } from '../client';
import { Refusal } from '../errors';
import { activities, activityCountries, events, eventSectors, sectors, type EventKind, type Modality } from '../schema';
import type { Viewer } from '../viewer';
import { assertEditor, insertRecord, loadForChange, saveChange } from './editable';

export interface EventValues {
  activityId: number;
  kind: EventKind;
  title: string;
  countryCode: string | null;
  start: StoredDate | null;
  end: StoredDate | null;
  venue: string | null;
  modality: Modality | null;
  sectors: string[];
  women: number | null;
  men: number | null;
  notDisaggregated: number | null;
  isApproximate: boolean;
}

function columnsOf(values: EventValues) {
  const { start, end, sectors: _sectors, ...columns } = values;
  return {
    ...columns,
    startDate: start?.date ?? null,
    startPrecision: start?.precision ?? null,
    endDate: end?.date ?? null,
    endPrecision: end?.precision ?? null,
  };
}

/**
 * The rules an event must meet against its activity. A date outside the activity's period is
 * refused unless the editor confirmed it (reports do record follow-up events after a completion).
 */
function assertValid(tx: Writer, values: EventValues, confirmOutsidePeriod: boolean): void {
  const activity = tx
    .select({ commencement: activities.commencementDate, completion: activities.completionDate })
    .from(activities)
    .where(eq(activities.id, values.activityId))
    .get();
  if (!activity) throw new Refusal('invalid', 'activityId');
  if (values.start && values.end && values.end.date < values.start.date) throw new Refusal('invalid', 'end');

  const countries = tx.select({ code: activityCountries.countryCode }).from(activityCountries).where(eq(activityCountries.activityId, values.activityId)).all();
  // An activity whose countries the sources do not state cannot constrain its events.
  if (values.countryCode && countries.length && !countries.some((c) => c.code === values.countryCode)) throw new Refusal('invalid', 'countryCode');

  const isBefore = values.start && activity.commencement && values.start.date < activity.commencement;
  const isAfter = (values.end ?? values.start) && activity.completion && (values.end ?? values.start)!.date > activity.completion;
  if ((isBefore || isAfter) && !confirmOutsidePeriod) throw new Refusal('outside_period', 'start');

  const unique = new Set(values.sectors);
  const known = unique.size ? tx.select({ code: sectors.code }).from(sectors).where(inArray(sectors.code, [...unique])).all() : [];
  if (known.length !== unique.size) throw new Refusal('invalid', 'sectors');
}

function sectorsOf(tx: Writer, eventId: number): string[] {
  return tx.select({ code: eventSectors.sectorCode }).from(eventSectors).where(eq(eventSectors.eventId, eventId)).orderBy(asc(eventSectors.sectorCode)).all().map((s) => s.code);
}

function replaceSectors(tx: Writer, eventId: number, codes: string[]): void {
  tx.delete(eventSectors).where(eq(eventSectors.eventId, eventId)).run();
  const unique = [...new Set(codes)];
  if (unique.length) tx.insert(eventSectors).values(unique.map((sectorCode) => ({ eventId, sectorCode }))).run();
}

export function createEvent(db: Db, params: { actor: Viewer; values: EventValues; confirmOutsidePeriod?: boolean }): number {
  assertEditor(params.actor);
  return db.transaction((tx) => {
    assertValid(tx, params.values, params.confirmOutsidePeriod ?? false);
    const sorted = [...new Set(params.values.sectors)].sort();
    const id = insertRecord(tx, { table: events, actor: params.actor, values: columnsOf(params.values), extraAfter: { sectors: sorted } });
    replaceSectors(tx, id, sorted);
    return id;
  });
}

export function updateEvent(db: Db, params: { actor: Viewer; id: number; version: number; values: EventValues; confirmOutsidePeriod?: boolean }): void {
  assertEditor(params.actor);
  db.transaction((tx) => {
    const current = loadForChange(tx, events, params.id, params.version);
    assertValid(tx, params.values, params.confirmOutsidePeriod ?? false);
    const before = sectorsOf(tx, params.id);
    const sorted = [...new Set(params.values.sectors)].sort();
    replaceSectors(tx, params.id, sorted);
    saveChange(tx, { table: events, actor: params.actor, current, values: columnsOf(params.values), extraBefore: { sectors: before }, extraAfter: { sectors: sorted } });
  });
}
