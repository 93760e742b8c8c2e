import { and, eq, getTableColumns, getTableName, ne, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { writeAudit, type Writer } from '../audit';
import type { Db } from '../client';
import { Refusal } from '../errors';
import { refreshFiguresAfterWrite } from '../event-figures';
import { activities, donors, events, indicators, programs } from '../schema';
import { canEdit, type Viewer } from '../viewer';

// What every editable record shares: a version for optimistic locking, archive instead of
// delete, and an audit event in the same transaction as each change.

export type EditableTable = typeof programs | typeof activities | typeof events | typeof indicators | typeof donors;

const entityTypes = new Map<string, string>([
  [getTableName(programs), 'program'],
  [getTableName(activities), 'activity'],
  [getTableName(events), 'event'],
  [getTableName(indicators), 'indicator'],
  [getTableName(donors), 'donor'],
]);

export const entityTypeOf = (table: EditableTable) => entityTypes.get(getTableName(table))!;

export function assertEditor(actor: Viewer): void {
  if (!canEdit(actor)) throw new Refusal('forbidden');
}

/** Refuses a value another record (within `among`, when given) already has, e.g. a name users tell records apart by. */
export function assertUnique(
  tx: Writer,
  params: { table: EditableTable; column: SQLiteColumn; value: unknown; exceptId?: number; among?: SQL; field: string },
): void {
  const table = params.table as typeof programs;
  const clash = tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(params.column, params.value), params.exceptId ? ne(table.id, params.exceptId) : undefined, params.among))
    .get();
  if (clash) throw new Refusal('duplicate', params.field);
}

// Bookkeeping columns never shown as a change.
const bookkeeping = new Set(['version', 'createdAt', 'updatedAt', 'sources']);

/** The fields whose values differ, as { field: value } of each side. */
function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((key) => !bookkeeping.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(keys.map((key) => [key, after[key] ?? null])),
  };
}

/**
 * The record as it is now, checked against the version the editor's form was built from.
 * Refuses when it does not exist, or when someone saved it meanwhile (with its current values).
 */
export function loadForChange(tx: Writer, table: EditableTable, id: number, version: number): Record<string, unknown> & { version: number } {
  const current = tx
    .select(getTableColumns(table as typeof programs))
    .from(table as typeof programs)
    .where(eq((table as typeof programs).id, id))
    .get();
  if (!current) throw new Refusal('not_found');
  if (current.version !== version) throw new Refusal('conflict', undefined, current);
  return current;
}

/** Saves new values over a record loaded by loadForChange, bumping its version, and audits the change. */
export function saveChange(
  tx: Writer,
  params: { table: EditableTable; actor: Viewer; current: Record<string, unknown> & { version: number }; values: Record<string, unknown>; extraBefore?: object; extraAfter?: object },
): void {
  const table = params.table as typeof programs;
  const id = params.current.id as number;
  tx.update(table)
    .set({ ...params.values, version: params.current.version + 1, updatedAt: new Date().toISOString() })
    .where(eq(table.id, id))
    .run();
  refreshFiguresAfterWrite(tx, getTableName(table), [params.current, { ...params.current, ...params.values }]);
  const diff = changedFields({ ...params.current, ...params.extraBefore }, { ...params.values, ...params.extraAfter });
  writeAudit(tx, { userId: params.actor.id, action: 'update', entityType: entityTypeOf(params.table), entityId: id, ...diff });
}

/** Archives or restores a record: it leaves (or comes back to) dashboards and tables, and is never deleted. */
export function setArchived(db: Db, params: { table: EditableTable; actor: Viewer; id: number; version: number; archived: boolean }): void {
  assertEditor(params.actor);
  db.transaction((tx) => {
    const current = loadForChange(tx, params.table, params.id, params.version);
    if ((current.archivedAt !== null) === params.archived) return;
    const archivedAt = params.archived ? new Date().toISOString() : null;
    const table = params.table as typeof programs;
    tx.update(table)
      .set({ archivedAt, version: current.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(table.id, params.id))
      .run();
    refreshFiguresAfterWrite(tx, getTableName(table), [current]);
    writeAudit(tx, {
      userId: params.actor.id,
      action: params.archived ? 'archive' : 'restore',
      entityType: entityTypeOf(params.table),
      entityId: params.id,
      before: { archivedAt: current.archivedAt },
      after: { archivedAt },
    });
  });
}

/** Inserts a record and audits its creation; returns its id. */
export function insertRecord(tx: Writer, params: { table: EditableTable; actor: Viewer; values: Record<string, unknown>; extraAfter?: object }): number {
  const table = params.table as typeof programs;
  const { id } = tx
    .insert(table)
    .values(params.values as typeof programs.$inferInsert)
    .returning({ id: table.id })
    .get();
  refreshFiguresAfterWrite(tx, getTableName(table), [{ ...params.values, id }]);
  writeAudit(tx, { userId: params.actor.id, action: 'create', entityType: entityTypeOf(params.table), entityId: id, after: { ...params.values, ...params.extraAfter } });
  return id;
}
