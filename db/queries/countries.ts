import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { memberStates } from '../schema';

/** A member state by its ISO code, or undefined. */
export function getMemberState(db: Db, code: string) {
  return db
    .select({ code: memberStates.code, nameEn: memberStates.nameEn, nameEs: memberStates.nameEs, subregion: memberStates.subregion })
    .from(memberStates)
    .where(eq(memberStates.code, code))
    .get();
}
