import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDemoDatabase } from '@/test/temp-database';
import type { Db } from '../client';
import { users } from '../schema';
import type { Viewer } from '../viewer';
import { listAuditEvents, listRecordHistory } from './audit';

let db: Db;
let admin: Viewer;
beforeAll(() => {
  db = openDemoDatabase();
  admin = { id: db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).get()!.id, role: 'admin', donorId: null };
});

describe('the audit log', () => {
  it('lists the seed’s creations, newest first, a page at a time', () => {
    const { rows, total } = listAuditEvents(db, { viewer: admin, filters: {}, page: 1 });
    // 11 programs, 13 activities, 12 events, 4 indicators, 4 donors and 5 accounts.
    expect(total).toBe(49);
    expect(rows).toHaveLength(49);
    expect(rows[0]!.id).toBeGreaterThan(rows[1]!.id);
    expect(listAuditEvents(db, { viewer: admin, filters: {}, page: 2 }).rows).toEqual([]);
  });

  it('filters by action, record type, period, and by who acted, taking % and _ literally', () => {
    const accounts = listAuditEvents(db, { viewer: admin, filters: { action: 'create', entityType: 'user' }, page: 1 });
    expect(accounts.total).toBe(5);
    expect(listAuditEvents(db, { viewer: admin, filters: { from: '2000-01-01', to: '2000-12-31' }, page: 1 }).total).toBe(0);
    // Seeded events were written by the system, not by a person.
    expect(listAuditEvents(db, { viewer: admin, filters: { actor: 'demo' }, page: 1 }).total).toBe(0);
    expect(listAuditEvents(db, { viewer: admin, filters: { actor: '%' }, page: 1 }).total).toBe(0);
  });

  it('is for admins; a record’s history is for staff, never for donors', () => {
    for (const role of ['editor', 'viewer', 'donor'] as const) {
      expect(() => listAuditEvents(db, { viewer: { id: 2, role, donorId: role === 'donor' ? 1 : null }, filters: {}, page: 1 })).toThrow('forbidden');
    }
    expect(listRecordHistory(db, { viewer: { id: 3, role: 'viewer', donorId: null }, entityType: 'activity', entityId: 1 })).toMatchObject([{ action: 'create' }]);
    expect(() => listRecordHistory(db, { viewer: { id: 4, role: 'donor', donorId: 1 }, entityType: 'activity', entityId: 1 })).toThrow('forbidden');
  });
});
