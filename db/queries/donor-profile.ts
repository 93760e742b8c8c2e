import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { donors } from '../schema';
import { isDonor, type Viewer } from '../viewer';

/**
 * A donor the viewer may see, or undefined: staff see every live donor; a donor account sees
 * its own organisation and no other, whatever id the URL carries.
 */
export function getDonorProfile(db: Db, params: { viewer: Viewer; id: number }) {
  if (params.viewer.role === 'donor' && (!isDonor(params.viewer) || params.viewer.donorId !== params.id)) return undefined;
  return db
    .select({ id: donors.id, name: donors.name, nameEs: donors.nameEs, kind: donors.kind, countryCode: donors.countryCode })
    .from(donors)
    .where(and(eq(donors.id, params.id), isNull(donors.archivedAt)))
    .get();
}
