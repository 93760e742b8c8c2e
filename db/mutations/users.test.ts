import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDemoDatabase } from '@/test/temp-database';
import type { Db } from '../client';
import { auditEvents, donors, users } from '../schema';
import type { Viewer } from '../viewer';
import { inviteAccount, resetAccountPassword, setAccountActive, updateAccountAccess } from './users';

let db: Db;
let admin: Viewer;
beforeEach(() => {
  db = openDemoDatabase();
  const row = db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).get()!;
  admin = { id: row.id, role: 'admin', donorId: null };
});

const accountByEmail = (email: string) => db.select().from(users).where(eq(users.email, email)).get()!;
const auditOf = (id: number) =>
  db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'user'), eq(auditEvents.entityId, String(id)))).all();
const newAccount = { email: 'New.Person@oas.org', name: 'New Person', role: 'viewer' as const, donorId: null, passwordHash: 'hash' };

describe('account administration', () => {
  it('an admin invites an account; the audit log has it without the hash', () => {
    const id = inviteAccount(db, { actor: admin, account: newAccount });
    expect(accountByEmail('new.person@oas.org')).toMatchObject({ id, role: 'viewer', isActive: true });
    const [created] = auditOf(id);
    expect(created).toMatchObject({ userId: admin.id, action: 'create' });
    expect(created?.after).not.toContain('hash');
  });

  it.each(['editor', 'viewer', 'donor'] as const)('a %s is refused every account change, and nothing changes', (role) => {
    const actor: Viewer = { id: 2, role, donorId: role === 'donor' ? 1 : null };
    const viewer = accountByEmail('viewer@demo.dps-results.org');
    const attempts = [
      () => inviteAccount(db, { actor, account: newAccount }),
      () => updateAccountAccess(db, { actor, id: viewer.id, version: viewer.version, role: 'admin', donorId: null }),
      () => setAccountActive(db, { actor, id: viewer.id, version: viewer.version, isActive: false }),
      () => resetAccountPassword(db, { actor, id: viewer.id, version: viewer.version, passwordHash: 'x' }),
    ];
    for (const attempt of attempts) expect(attempt).toThrow('forbidden');
    expect(accountByEmail('viewer@demo.dps-results.org')).toEqual(viewer);
    expect(db.select().from(users).all()).toHaveLength(5);
  });

  it('refuses a duplicate email, whatever its case, and a donor role without a donor', () => {
    expect(() => inviteAccount(db, { actor: admin, account: { ...newAccount, email: 'VIEWER@demo.dps-results.org' } })).toThrow('duplicate');
    expect(() => inviteAccount(db, { actor: admin, account: { ...newAccount, role: 'donor' } })).toThrow('invalid');
    expect(() => inviteAccount(db, { actor: admin, account: { ...newAccount, role: 'donor', donorId: 999 } })).toThrow('invalid');
    expect(db.select().from(users).all()).toHaveLength(5);
  });

  it('changes a role and donor link, with before and after in the audit log', () => {
    const viewer = accountByEmail('viewer@demo.dps-results.org');
    const canada = db.select().from(donors).where(eq(donors.name, 'Canada')).get()!;
    updateAccountAccess(db, { actor: admin, id: viewer.id, version: viewer.version, role: 'donor', donorId: canada.id });
    expect(accountByEmail('viewer@demo.dps-results.org')).toMatchObject({ role: 'donor', donorId: canada.id, version: viewer.version + 1 });
    expect(auditOf(viewer.id).at(-1)).toMatchObject({
      action: 'update',
      before: JSON.stringify({ role: 'viewer', donorId: null }),
      after: JSON.stringify({ role: 'donor', donorId: canada.id }),
    });
  });

  it('refuses a change based on an old version: the second of two admins is told', () => {
    const editor = accountByEmail('editor@demo.dps-results.org');
    updateAccountAccess(db, { actor: admin, id: editor.id, version: editor.version, role: 'viewer', donorId: null });
    expect(() => setAccountActive(db, { actor: admin, id: editor.id, version: editor.version, isActive: false })).toThrow('conflict');
    expect(accountByEmail('editor@demo.dps-results.org')).toMatchObject({ role: 'viewer', isActive: true });
  });

  it('never leaves the system without an active admin', () => {
    const self = accountByEmail('admin@demo.dps-results.org');
    expect(() => setAccountActive(db, { actor: admin, id: self.id, version: self.version, isActive: false })).toThrow('last_admin');
    expect(() => updateAccountAccess(db, { actor: admin, id: self.id, version: self.version, role: 'editor', donorId: null })).toThrow('last_admin');

    const editor = accountByEmail('editor@demo.dps-results.org');
    updateAccountAccess(db, { actor: admin, id: editor.id, version: editor.version, role: 'admin', donorId: null });
    setAccountActive(db, { actor: admin, id: self.id, version: self.version, isActive: false });
    expect(accountByEmail('admin@demo.dps-results.org').isActive).toBe(false);
  });

  it('resets a password and refuses an account that does not exist', () => {
    const viewer = accountByEmail('viewer@demo.dps-results.org');
    resetAccountPassword(db, { actor: admin, id: viewer.id, version: viewer.version, passwordHash: 'new-hash' });
    expect(accountByEmail('viewer@demo.dps-results.org').passwordHash).toBe('new-hash');
    expect(auditOf(viewer.id).at(-1)).toMatchObject({ action: 'reset_password', before: null, after: null });
    expect(() => resetAccountPassword(db, { actor: admin, id: 424242, version: 1, passwordHash: 'x' })).toThrow('not_found');
  });
});
