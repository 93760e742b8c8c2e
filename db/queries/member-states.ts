import { asc } from 'drizzle-orm';
import type { Db } from '../client';
import { memberStates } from '../schema';

/** The OAS member states, for country filters: reference data, the same for every viewer. */
export function listMemberStates(db: Db) {
  return db
    .select({ code: memberStates.code, nameEn: memberStates.nameEn, nameEs: memberStates.nameEs, subregion: memberStates.subregion })
    .from(memberStates)
    .orderBy(asc(memberStates.nameEn))
    .all();
}
