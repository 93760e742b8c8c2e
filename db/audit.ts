import type { Db } from './client';
import { auditEvents } from './schema';

/** A handle that can write: the database or a transaction opened on it. */
export type Writer = Pick<Db, 'insert' | 'update' | 'delete' | 'select'>;

export interface AuditEntry {
  userId: number | null;
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/** Records a change; call it inside the transaction that makes the change. */
export function writeAudit(tx: Writer, entry: AuditEntry): void {
  tx.insert(auditEvents)
    .values({
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .run();
}
