import { and, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { DashboardFilters } from '@/lib/dashboard-filters';
import type { Db } from '../client';
import { memoizeByData } from '../data-memo';
import { countRows } from '../table-sql';
import { activityFilterCondition, eventPlaceAndPeriodConditions } from '../filter-conditions';
import { eventTotal } from '../participants';
import { activities, events, indicatorEvents, indicatorMeasurements, indicators, programs } from '../schema';
import type { Viewer } from '../viewer';
import { scopeKey } from './trained-facts';

export interface IndicatorProgress {
  id: number;
  name: string;
  target: number;
  activityId: number;
  activityName: string;
  programId: number;
  programName: string;
  /** Progress so far, or null when nothing is linked or measured yet. */
  value: number | null;
  /** value / target, or null with no value. */
  ratio: number | null;
  /** Where the value comes from: the linked events' participants, or a measured value. */
  source: 'events' | 'measured' | null;
}

interface ProgressParams {
  viewer: Viewer;
  filters?: DashboardFilters;
  activityIds?: number[];
}

/** The indicators the viewer may see under the filters (of some activities only, when given). */
function visibleIndicators(params: ProgressParams) {
  return and(
    isNull(indicators.archivedAt),
    activityFilterCondition(params.viewer, params.filters ?? {}),
    params.activityIds === undefined ? undefined : inArray(activities.id, params.activityIds),
  );
}

const progressOrder = [programs.name, activities.id, indicators.id];

/** The ids of the visible indicators, joined to what progressOrder sorts by. */
function selectVisibleIds(db: Db, params: ProgressParams) {
  return db
    .select({ id: indicators.id })
    .from(indicators)
    .innerJoin(activities, eq(indicators.activityId, activities.id))
    .innerJoin(programs, eq(activities.programId, programs.id))
    .where(visibleIndicators(params))
    .$dynamic();
}

/**
 * Each indicator against its target, by program. Its value is the participants of the events
 * linked to it (inside the filters' country and period) when it has linked events, else its
 * latest measured value (up to the period's end), else null: "not measured yet", never 0.
 */
export function listIndicatorProgress(db: Db, params: ProgressParams): IndicatorProgress[] {
  return valueIndicators(db, params, visibleIndicators(params));
}

/**
 * The first `limit` indicators of listIndicatorProgress, and whether there are more. Their ids are
 * chosen first, so that only those are valued; one more id is read instead of counting them all,
 * which at scale meant joining every indicator to its activity.
 */
function firstIndicatorProgress(db: Db, { limit, ...params }: ProgressParams & { limit: number }): { indicators: IndicatorProgress[]; more: boolean } {
  const ids = selectVisibleIds(db, params)
    .orderBy(...progressOrder)
    .limit(limit + 1)
    .all()
    .map((row) => row.id);
  const shown = ids.slice(0, limit);
  return { indicators: shown.length === 0 ? [] : valueIndicators(db, params, inArray(indicators.id, shown)), more: ids.length > limit };
}

/**
 * One page of listIndicatorProgress (pages of `size`, from 1), and how many indicators there are:
 * the read API's list, which at scale held 60,000 indicators (14 MB and 1.5 s in one answer).
 */
export function pageIndicatorProgress(db: Db, params: ProgressParams & { page: number; size: number }): { indicators: IndicatorProgress[]; total: number } {
  const visible = selectVisibleIds(db, params);
  const { total } = countRows(db, visible.as('visible'), undefined, 'exact');
  const ids = visible
    .orderBy(...progressOrder)
    .limit(params.size)
    .offset((params.page - 1) * params.size)
    .all()
    .map((row) => row.id);
  return { indicators: ids.length === 0 ? [] : valueIndicators(db, params, inArray(indicators.id, ids)), total };
}

// Kept until the data changes: under a period or a subregion, choosing the first ids walked every
// indicator in scope (70 ms at scale).
const firstIndicatorProgressKept = memoizeByData(firstIndicatorProgress, (params) => JSON.stringify([scopeKey(params), params.activityIds, params.limit]));

export const listFirstIndicatorProgress = (db: Db, params: ProgressParams, limit: number) => firstIndicatorProgressKept(db, { ...params, limit });

function valueIndicators(db: Db, params: ProgressParams, which: SQL | undefined): IndicatorProgress[] {
  const filters = params.filters ?? {};
  const linkedEventConditions = sql.join(
    [sql`${events.archivedAt} is null`, ...eventPlaceAndPeriodConditions(filters)].map((condition) => sql`(${condition})`),
    sql` and `,
  );
  const hasLinkedEvents = sql`exists (select 1 from ${indicatorEvents} where ${indicatorEvents.indicatorId} = ${indicators.id})`;
  const linkedValue = sql`(select coalesce(sum(${eventTotal}), 0) from ${indicatorEvents} inner join ${events} on ${events.id} = ${indicatorEvents.eventId} where ${indicatorEvents.indicatorId} = ${indicators.id} and ${linkedEventConditions})`;
  const latestMeasured = db
    .select({ value: indicatorMeasurements.value })
    .from(indicatorMeasurements)
    .where(
      and(
        eq(indicatorMeasurements.indicatorId, indicators.id),
        filters.to === undefined ? undefined : sql`${indicatorMeasurements.measuredOn} <= ${filters.to}`,
      ),
    )
    .orderBy(desc(indicatorMeasurements.measuredOn), desc(indicatorMeasurements.id))
    .limit(1);
  const value = sql<number | null>`case when ${hasLinkedEvents} then ${linkedValue} else (${latestMeasured}) end`;
  const source = sql<IndicatorProgress['source']>`case when ${hasLinkedEvents} then 'events' when (${latestMeasured}) is not null then 'measured' end`;

  return db
    .select({
      id: indicators.id,
      name: indicators.name,
      target: indicators.target,
      activityId: activities.id,
      activityName: activities.name,
      programId: programs.id,
      programName: programs.name,
      value,
      source,
    })
    .from(indicators)
    .innerJoin(activities, eq(indicators.activityId, activities.id))
    .innerJoin(programs, eq(activities.programId, programs.id))
    .where(which)
    .orderBy(...progressOrder)
    .all()
    .map((row) => {
      const measured = row.value === null ? null : Number(row.value);
      return { ...row, value: measured, ratio: measured === null ? null : measured / row.target };
    });
}
