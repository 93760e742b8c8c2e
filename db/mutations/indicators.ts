import { and, asc, eq, inArray } from 'drizzle-orm';
import { writeAudit, type Writer } from '../audit';
import type { Db } from '../client';
import { Refusal } from '../errors';
import { activities, events, indicatorEvents, indicatorMeasurements, indicators } from '../schema';
import type { Viewer } from '../viewer';
import { assertEditor, assertUnique, insertRecord, loadForChange, saveChange } from './editable';

export interface IndicatorValues {
  activityId: number;
  name: string;
  target: number;
  /** Events of the same activity whose participants count toward the target. */
  eventIds: number[];
}

function assertValid(tx: Writer, values: IndicatorValues, exceptId?: number): void {
  if (!tx.select({ id: activities.id }).from(activities).where(eq(activities.id, values.activityId)).get()) throw new Refusal('invalid', 'activityId');
  const unique = [...new Set(values.eventIds)];
  const own = unique.length
    ? tx.select({ id: events.id }).from(events).where(and(inArray(events.id, unique), eq(events.activityId, values.activityId))).all()
    : [];
  if (own.length !== unique.length) throw new Refusal('invalid', 'eventIds');
  assertUnique(tx, { table: indicators, column: indicators.name, value: values.name, exceptId, among: eq(indicators.activityId, values.activityId), field: 'name' });
}

function replaceEvents(tx: Writer, indicatorId: number, eventIds: number[]): number[] {
  const sorted = [...new Set(eventIds)].sort((a, b) => a - b);
  tx.delete(indicatorEvents).where(eq(indicatorEvents.indicatorId, indicatorId)).run();
  if (sorted.length) tx.insert(indicatorEvents).values(sorted.map((eventId) => ({ indicatorId, eventId }))).run();
  return sorted;
}

export function createIndicator(db: Db, params: { actor: Viewer; values: IndicatorValues }): number {
  assertEditor(params.actor);
  return db.transaction((tx) => {
    assertValid(tx, params.values);
    const { eventIds, ...columns } = params.values;
    const sorted = [...new Set(eventIds)].sort((a, b) => a - b);
    const id = insertRecord(tx, { table: indicators, actor: params.actor, values: columns, extraAfter: { eventIds: sorted } });
    replaceEvents(tx, id, sorted);
    return id;
  });
}

export function updateIndicator(db: Db, params: { actor: Viewer; id: number; version: number; values: IndicatorValues }): void {
  assertEditor(params.actor);
  db.transaction((tx) => {
    const current = loadForChange(tx, indicators, params.id, params.version);
    assertValid(tx, params.values, params.id);
    const before = tx.select({ id: indicatorEvents.eventId }).from(indicatorEvents).where(eq(indicatorEvents.indicatorId, params.id)).orderBy(asc(indicatorEvents.eventId)).all().map((e) => e.id);
    const { eventIds, ...columns } = params.values;
    const after = replaceEvents(tx, params.id, eventIds);
    saveChange(tx, { table: indicators, actor: params.actor, current, values: columns, extraBefore: { eventIds: before }, extraAfter: { eventIds: after } });
  });
}

/** Records a value measured on a date (e.g. "4 units structured by June 2017"). */
export function addMeasurement(db: Db, params: { actor: Viewer; indicatorId: number; value: number; measuredOn: string; note: string | null }): number {
  assertEditor(params.actor);
  return db.transaction((tx) => {
    if (!tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.id, params.indicatorId)).get()) throw new Refusal('not_found');
    const { id } = tx
      .insert(indicatorMeasurements)
      .values({ indicatorId: params.indicatorId, value: params.value, measuredOn: params.measuredOn, note: params.note })
      .returning({ id: indicatorMeasurements.id })
      .get();
    const measurement = { id, value: params.value, measuredOn: params.measuredOn, note: params.note };
    writeAudit(tx, { userId: params.actor.id, action: 'update', entityType: 'indicator', entityId: params.indicatorId, after: { measurement } });
    return id;
  });
}
