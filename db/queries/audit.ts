import { and, count, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { Refusal } from '../errors';
import { auditEvents, users } from '../schema';
import { containsText } from '../table-sql';
import { canAdminister, type Viewer } from '../viewer';

export const auditActions = ['create', 'update', 'archive', 'restore', 'sign_in', 'sign_in_locked', 'deactivate', 'reactivate', 'reset_password', 'revoke'] as const;
export const auditEntityTypes = ['user', 'address', 'program', 'activity', 'event', 'indicator', 'donor', 'api_token'] as const;

export interface AuditFilters {
  action?: (typeof auditActions)[number];
  entityType?: (typeof auditEntityTypes)[number];
  /** Part of the email of the person who acted. */
  actor?: string;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
}

export const AUDIT_PAGE_SIZE = 50;

function conditions(filters: AuditFilters): SQL | undefined {
  return and(
    filters.action ? eq(auditEvents.action, filters.action) : undefined,
    filters.entityType ? eq(auditEvents.entityType, filters.entityType) : undefined,
    filters.actor ? containsText(users.email, filters.actor) : undefined,
    filters.from ? gte(auditEvents.occurredAt, filters.from) : undefined,
    // occurred_at is 'YYYY-MM-DD HH:MM:SS' (CURRENT_TIMESTAMP): the whole "to" day is included.
    filters.to ? lte(auditEvents.occurredAt, `${filters.to} 23:59:59`) : undefined,
  );
}

/** One page of the audit log, newest first, with who acted; admins only. */
export function listAuditEvents(db: Db, params: { viewer: Viewer; filters: AuditFilters; page: number }) {
  if (!canAdminister(params.viewer)) throw new Refusal('forbidden');
  const where = conditions(params.filters);
  const rows = db
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      before: auditEvents.before,
      after: auditEvents.after,
      actorEmail: users.email,
    })
    .from(auditEvents)
    .leftJoin(users, eq(auditEvents.userId, users.id))
    .where(where)
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((params.page - 1) * AUDIT_PAGE_SIZE)
    .all();
  const total = db.select({ n: count() }).from(auditEvents).leftJoin(users, eq(auditEvents.userId, users.id)).where(where).get()?.n ?? 0;
  return { rows, total };
}

/** The history of one record, newest first; staff only (it names who changed what). */
export function listRecordHistory(db: Db, params: { viewer: Viewer; entityType: (typeof auditEntityTypes)[number]; entityId: number }) {
  if (params.viewer.role === 'donor') throw new Refusal('forbidden');
  return db
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      before: auditEvents.before,
      after: auditEvents.after,
      actorEmail: users.email,
    })
    .from(auditEvents)
    .leftJoin(users, eq(auditEvents.userId, users.id))
    .where(and(eq(auditEvents.entityType, params.entityType), eq(auditEvents.entityId, String(params.entityId))))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(200)
    .all();
}
