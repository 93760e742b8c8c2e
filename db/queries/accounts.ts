import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { Refusal } from '../errors';
import { donors, users } from '../schema';
import { canAdminister, type Viewer } from '../viewer';

const accountColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  donorId: users.donorId,
  donorName: donors.name,
  isActive: users.isActive,
  lastSignInAt: users.lastSignInAt,
  version: users.version,
};

function assertAdmin(viewer: Viewer): void {
  if (!canAdminister(viewer)) throw new Refusal('forbidden');
}

/** Every account, for the administration page; never a password hash. */
export function listAccounts(db: Db, params: { viewer: Viewer }) {
  assertAdmin(params.viewer);
  return db.select(accountColumns).from(users).leftJoin(donors, eq(users.donorId, donors.id)).orderBy(asc(users.email)).all();
}

/** One account for its administration page, or undefined. */
export function getAccountForAdmin(db: Db, params: { viewer: Viewer; id: number }) {
  assertAdmin(params.viewer);
  return db.select(accountColumns).from(users).leftJoin(donors, eq(users.donorId, donors.id)).where(eq(users.id, params.id)).get();
}

export type AdminAccount = NonNullable<ReturnType<typeof getAccountForAdmin>>;

/** The donors an account may be linked to. */
export function listDonorChoices(db: Db, params: { viewer: Viewer }) {
  assertAdmin(params.viewer);
  return db.select({ id: donors.id, name: donors.name }).from(donors).orderBy(asc(donors.name)).all();
}
