import 'server-only';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { requireAccount } from '@/auth';
import { canAdminister } from '@/db/viewer';

/** Every administration page starts here: anyone but an admin gets a 404, as if it did not exist. */
export async function requireAdmin() {
  await connection();
  const account = await requireAccount();
  if (!canAdminister(account)) notFound();
  return account;
}
