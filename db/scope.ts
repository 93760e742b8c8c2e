import { and, isNull, sql, type SQL } from 'drizzle-orm';
import { activities, activityDonors } from './schema';
import type { Viewer } from './viewer';

export interface ScopeOptions {
  /** Also match archived activities (the tables' "show archived"). Never widens a donor's scope. */
  includeArchived?: boolean;
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
  const funded = sql`${activities.id} in (select ${activityDonors.activityId} from ${activityDonors} where ${activityDonors.donorId} = ${viewer.donorId})`;
  return and(isNull(activities.archivedAt), funded)!;
}

/** Whether a viewer's request for archived records is honoured: staff only. */
export const includesArchived = (viewer: Viewer, requested: boolean) => requested && viewer.role !== 'donor';
