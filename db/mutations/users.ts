import { and, count, eq, ne } from 'drizzle-orm';
import type { Db } from '../client';
import { writeAudit, type Writer } from '../audit';
import { Refusal } from '../errors';
import { donors, users, type Role } from '../schema';
import { canAdminister, type Viewer } from '../viewer';

export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  donorId: number | null;
  passwordHash: string;
}

const audited = (account: { email: string; name: string; role: Role; donorId: number | null; isActive?: boolean }) => ({
  email: account.email,
  name: account.name,
  role: account.role,
  donorId: account.donorId,
  ...(account.isActive === undefined ? {} : { isActive: account.isActive }),
});

function assertAdmin(actor: Viewer): void {
  if (!canAdminister(actor)) throw new Refusal('forbidden');
}

function assertDonorLink(tx: Writer, role: Role, donorId: number | null): void {
  if ((role === 'donor') !== (donorId !== null)) throw new Refusal('invalid', 'donorId');
  if (donorId !== null && !tx.select({ id: donors.id }).from(donors).where(eq(donors.id, donorId)).get()) {
    throw new Refusal('invalid', 'donorId');
  }
}

/**
 * Creates an account and its audit event, without a role check: for trusted callers only (the
 * command line, the seed). Signed-in admins go through inviteAccount.
 */
export function createUser(db: Db, params: { actorId: number | null; account: NewAccount }): number {
  const { actorId, account } = params;
  return db.transaction((tx) => {
    const email = account.email.trim().toLowerCase();
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) throw new Refusal('duplicate', 'email');
    assertDonorLink(tx, account.role, account.donorId);
    const created = tx
      .insert(users)
      .values({ ...account, email })
      .returning({ id: users.id })
      .get();
    // The hash never enters the audit log.
    writeAudit(tx, { userId: actorId, action: 'create', entityType: 'user', entityId: created.id, after: audited({ ...account, email }) });
    return created.id;
  });
}

/** An admin creates an account for someone. */
export function inviteAccount(db: Db, params: { actor: Viewer; account: NewAccount }): number {
  assertAdmin(params.actor);
  return createUser(db, { actorId: params.actor.id, account: params.account });
}

/** Loads the account at the version the admin saw, or refuses: not found, or changed meanwhile. */
function currentAccount(tx: Writer, id: number, version: number) {
  const account = tx
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, donorId: users.donorId, isActive: users.isActive, version: users.version })
    .from(users)
    .where(eq(users.id, id))
    .get();
  if (!account) throw new Refusal('not_found');
  if (account.version !== version) throw new Refusal('conflict');
  return account;
}

/** Refuses a change that would leave no active admin to administer the system. */
function assertAnotherActiveAdmin(tx: Writer, id: number): void {
  const others = tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.isActive, true), ne(users.id, id)))
    .get();
  if (!others?.n) throw new Refusal('last_admin');
}

/** Changes an account's role and donor link. */
export function updateAccountAccess(db: Db, params: { actor: Viewer; id: number; version: number; role: Role; donorId: number | null }): void {
  assertAdmin(params.actor);
  db.transaction((tx) => {
    const before = currentAccount(tx, params.id, params.version);
    assertDonorLink(tx, params.role, params.donorId);
    if (before.role === 'admin' && before.isActive && params.role !== 'admin') assertAnotherActiveAdmin(tx, params.id);
    tx.update(users)
      .set({ role: params.role, donorId: params.donorId, version: before.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(users.id, params.id))
      .run();
    writeAudit(tx, {
      userId: params.actor.id,
      action: 'update',
      entityType: 'user',
      entityId: params.id,
      before: { role: before.role, donorId: before.donorId },
      after: { role: params.role, donorId: params.donorId },
    });
  });
}

/** Deactivates (its sessions stop working at once) or reactivates an account. */
export function setAccountActive(db: Db, params: { actor: Viewer; id: number; version: number; isActive: boolean }): void {
  assertAdmin(params.actor);
  db.transaction((tx) => {
    const before = currentAccount(tx, params.id, params.version);
    if (before.role === 'admin' && before.isActive && !params.isActive) assertAnotherActiveAdmin(tx, params.id);
    tx.update(users)
      .set({ isActive: params.isActive, version: before.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(users.id, params.id))
      .run();
    writeAudit(tx, {
      userId: params.actor.id,
      action: params.isActive ? 'reactivate' : 'deactivate',
      entityType: 'user',
      entityId: params.id,
      before: { isActive: before.isActive },
      after: { isActive: params.isActive },
    });
  });
}

/** Replaces an account's password (the new one is shown once to the admin, never stored in clear). */
export function resetAccountPassword(db: Db, params: { actor: Viewer; id: number; version: number; passwordHash: string }): void {
  assertAdmin(params.actor);
  db.transaction((tx) => {
    const before = currentAccount(tx, params.id, params.version);
    tx.update(users)
      .set({ passwordHash: params.passwordHash, version: before.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(users.id, params.id))
      .run();
    writeAudit(tx, { userId: params.actor.id, action: 'reset_password', entityType: 'user', entityId: params.id });
  });
}

/** Notes a successful sign-in on the account and in the audit log. */
export function recordSignIn(db: Db, userId: number): void {
  db.transaction((tx) => {
    tx.update(users).set({ lastSignInAt: new Date().toISOString() }).where(eq(users.id, userId)).run();
    writeAudit(tx, { userId, action: 'sign_in', entityType: 'user', entityId: userId });
  });
}

/** Notes in the audit log that an account or an address was locked out after failed sign-ins. */
export function recordSignInLock(db: Db, lock: { userId: number | null; entityType: 'user' | 'address'; entityId: string | number }): void {
  writeAudit(db, { userId: lock.userId, action: 'sign_in_locked', entityType: lock.entityType, entityId: lock.entityId });
}
