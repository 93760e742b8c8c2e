import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { donors } from '@/db/schema';
import type { Viewer } from '@/db/viewer';

export const staffViewer = (role: Exclude<Viewer['role'], 'donor'> = 'viewer'): Viewer => ({ id: 1, role, donorId: null });

/** A donor account of the named donor in a test database. */
export function donorViewer(db: Db, name: string): Viewer {
  const donor = db.select({ id: donors.id }).from(donors).where(eq(donors.name, name)).get();
  if (!donor) throw new Error(`No donor ${name}`);
  return { id: 99, role: 'donor', donorId: donor.id };
}
