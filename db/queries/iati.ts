import { and, eq, inArray, isNull, max, min } from 'drizzle-orm';
import type { TableState } from '@/lib/table-state';
import type { Db } from '../client';
import { trainedMen, trainedNotDisaggregated, trainedTotal, trainedWomen } from '../participants';
import { activities, activityDonors, donors, events, orgUnits, programs } from '../schema';
import type { Viewer } from '../viewer';
import { exportActivities, type ActivityRow } from './activities';
import { listIndicatorProgress, type IndicatorProgress } from './indicator-progress';

// What the IATI file says of each activity: the activities table's rows for the same filters
// (so the same scope), and for each batch the texts, funding, people trained and indicators.

export interface IatiActivity extends ActivityRow {
  summary: string | null;
  objectives: string | null;
  isOngoing: boolean;
  updatedAt: string;
  dacSector: string | null;
  unit: { code: string; nameEn: string; nameEs: string };
  funding: { id: number; name: string; nameEs: string | null; kind: string; amount: number | null; currency: string | null }[];
  /** First and last start date of its live events, for an activity whose own dates are not stated. */
  eventDates: { first: string | null; last: string | null };
  people: { women: number; men: number; notDisaggregated: number; total: number };
  indicators: IndicatorProgress[];
}

function loadIatiDetails(db: Db, viewer: Viewer, rows: ActivityRow[]): IatiActivity[] {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const texts = db
    .select({
      id: activities.id,
      summary: activities.summary,
      objectives: activities.objectives,
      isOngoing: activities.isOngoing,
      updatedAt: activities.updatedAt,
      dacSector: programs.dacSector,
      unitCode: orgUnits.code,
      unitNameEn: orgUnits.nameEn,
      unitNameEs: orgUnits.nameEs,
    })
    .from(activities)
    .innerJoin(programs, eq(programs.id, activities.programId))
    .innerJoin(orgUnits, eq(orgUnits.id, programs.unitId))
    .where(inArray(activities.id, ids))
    .all();
  const funding = db
    .select({ activityId: activityDonors.activityId, id: donors.id, name: donors.name, nameEs: donors.nameEs, kind: donors.kind, amount: activityDonors.amount, currency: activityDonors.currency })
    .from(activityDonors)
    .innerJoin(donors, eq(donors.id, activityDonors.donorId))
    .where(inArray(activityDonors.activityId, ids))
    .orderBy(donors.name)
    .all();
  const people = db
    .select({
      activityId: events.activityId,
      first: min(events.startDate),
      last: max(events.startDate),
      women: trainedWomen,
      men: trainedMen,
      notDisaggregated: trainedNotDisaggregated,
      total: trainedTotal,
    })
    .from(events)
    .where(and(inArray(events.activityId, ids), isNull(events.archivedAt)))
    .groupBy(events.activityId)
    .all();
  const indicators = listIndicatorProgress(db, { viewer, activityIds: ids });

  const textOf = new Map(texts.map((t) => [t.id, t]));
  const peopleOf = new Map(people.map((p) => [p.activityId, p]));
  return rows.map((row) => {
    const t = textOf.get(row.id)!;
    const p = peopleOf.get(row.id);
    return {
      ...row,
      summary: t.summary,
      objectives: t.objectives,
      isOngoing: t.isOngoing,
      updatedAt: t.updatedAt,
      dacSector: t.dacSector,
      unit: { code: t.unitCode, nameEn: t.unitNameEn, nameEs: t.unitNameEs },
      funding: funding.filter((f) => f.activityId === row.id).map(({ activityId: _, ...f }) => f),
      eventDates: { first: p?.first ?? null, last: p?.last ?? null },
      people: { women: p?.women ?? 0, men: p?.men ?? 0, notDisaggregated: p?.notDisaggregated ?? 0, total: p?.total ?? 0 },
      indicators: indicators.filter((i) => i.activityId === row.id),
    };
  });
}

/** Every activity the activities table's filters select for the viewer, with what IATI reports, in batches. */
export function* listIatiActivities(db: Db, params: { viewer: Viewer; state: TableState; today?: string }, batchSize = 500): Generator<IatiActivity[]> {
  for (const batch of exportActivities(db, params, batchSize)) yield loadIatiDetails(db, params.viewer, batch);
}
