import { z } from 'zod';
import type { Db } from '@/db/client';
import { recordSignIn } from '@/db/mutations/users';
import { getUserForSignIn } from '@/db/queries/users';
import { burnPasswordCheck, verifyPassword } from './passwords';

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(320).pipe(z.email()),
  password: z.string().min(1).max(1000),
});

/**
 * Checks an email and password. Any failure (bad input, unknown account, deactivated account,
 * wrong password) returns null alike, so the answer does not reveal whether an account exists.
 */
export async function authenticate(db: Db, input: unknown) {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = getUserForSignIn(db, email);
  if (!user) return burnPasswordCheck(password).then(() => null);
  const isValid = await verifyPassword(password, user.passwordHash);
  if (!isValid || !user.isActive) return null;
  recordSignIn(db, user.id);
  return { id: user.id, name: user.name, email: user.email, role: user.role, donorId: user.donorId };
}
