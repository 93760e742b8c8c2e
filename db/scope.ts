import { and, isNull, sql, type SQL } from 'drizzle-orm';
import { activities, activityDonors } from './schema';
import type { Viewer } from './viewer';

export interface ScopeOptions {
  /** Also match archived activities (the tables' "show archived"). Never widens a donor's scope. */
  includeArchived?: boolean;
  /**
   * Ask each activity for its funding (EXISTS) instead of reading the donor's portfolio (IN): for
   * subqueries repeated once per row of an outer query (a program's activities, for each program),
   * where the portfolio's list cost more than probing the few activities each one holds.
   */
  perActivity?: boolean;
}

/**
 * The one place the donor scope lives: the condition every query over activities (or over
 * anything hanging from an activity) adds to its WHERE clause. It keeps archived activities out
 * (unless staff ask for them) and, for a donor, everything its organisation does not fund.
 * The query must join `activities`.
 */
export function activityScope(viewer: Viewer, options: ScopeOptions = {}): SQL {
  if (viewer.role !== 'donor') return options.includeArchived ? sql`1 = 1` : isNull(activities.archivedAt);
  // A donor sees live activities only, and fails closed: an account without a donor matches nothing.
  const funded = options.perActivity
    ? sql`exists (select 1 from ${activityDonors} where ${activityDonors.activityId} = ${activities.id} and ${activityDonors.donorId} = ${viewer.donorId})`
    : sql`${activities.id} in (select ${activityDonors.activityId} from ${activityDonors} where ${activityDonors.donorId} = ${viewer.donorId})`;
  return and(isNull(activities.archivedAt), funded)!;
}

/** Whether a viewer's request for archived records is honoured: staff only. */
export const includesArchived = (viewer: Viewer, requested: boolean) => requested && viewer.role !== 'donor';
