import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { writeAudit } from '../audit';
import { users, type Role } from '../schema';

export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  donorId: number | null;
  passwordHash: string;
}

/** Creates an account and its audit event; `actorId` null means a command-line script. */
export function createUser(db: Db, params: { actorId: number | null; account: NewAccount }): number {
  const { actorId, account } = params;
  return db.transaction((tx) => {
    const email = account.email.trim().toLowerCase();
    const created = tx
      .insert(users)
      .values({ ...account, email })
      .returning({ id: users.id })
      .get();
    // The hash never enters the audit log.
    const after = { email, name: account.name, role: account.role, donorId: account.donorId };
    writeAudit(tx, { userId: actorId, action: 'create', entityType: 'user', entityId: created.id, after });
    return created.id;
  });
}

/** Notes a successful sign-in on the account and in the audit log. */
export function recordSignIn(db: Db, userId: number): void {
  db.transaction((tx) => {
    tx.update(users).set({ lastSignInAt: new Date().toISOString() }).where(eq(users.id, userId)).run();
    writeAudit(tx, { userId, action: 'sign_in', entityType: 'user', entityId: userId });
  });
}
