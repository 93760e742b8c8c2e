import { and, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { donors, users } from '../schema';

/** What sign-in needs to check a password: the only query that reads the hash. */
export function getUserForSignIn(db: Db, email: string) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      donorId: users.donorId,
      isActive: users.isActive,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .get();
}

/** The signed-in account as pages see it, or undefined when it no longer exists or is deactivated. */
export function getActiveAccount(db: Db, id: number) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      donorId: users.donorId,
      donorName: donors.name,
    })
    .from(users)
    .leftJoin(donors, eq(users.donorId, donors.id))
    .where(and(eq(users.id, id), eq(users.isActive, true)))
    .get();
}

export type Account = NonNullable<ReturnType<typeof getActiveAccount>>;
