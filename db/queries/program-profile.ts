import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { activities, orgUnits, programs } from '../schema';
import { activityScope } from '../scope';
import type { Viewer } from '../viewer';

/**
 * A program the viewer may see, or undefined. Staff see every live program; a donor sees a
 * program only when it funds one of its activities (the activities shown are then its own).
 */
export function getProgramProfile(db: Db, params: { viewer: Viewer; id: number }) {
  const visibleToDonor =
    params.viewer.role === 'donor'
      ? sql`exists (select 1 from ${activities} where ${activities.programId} = ${programs.id} and ${activityScope(params.viewer)})`
      : undefined;
  return db
    .select({
      id: programs.id,
      name: programs.name,
      pillar: programs.pillar,
      summary: programs.summary,
      objectives: programs.objectives,
      url: programs.url,
      unitCode: orgUnits.code,
      unitNameEn: orgUnits.nameEn,
      unitNameEs: orgUnits.nameEs,
    })
    .from(programs)
    .innerJoin(orgUnits, eq(programs.unitId, orgUnits.id))
    .where(and(eq(programs.id, params.id), isNull(programs.archivedAt), visibleToDonor))
    .get();
}
