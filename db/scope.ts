import { and, isNull, sql, type SQL } from 'drizzle-orm';
import { activities, activityDonors } from './schema';
import type { Viewer } from './viewer';

/**
 * The one place the donor scope lives: the condition every query over activities (or over
 * anything hanging from an activity) adds to its WHERE clause. It keeps archived activities out
 * and, for a donor, everything its organisation does not fund.
 * The query must join `activities`.
 */
export function activityScope(viewer: Viewer): SQL {
  const live = isNull(activities.archivedAt);
  if (viewer.role !== 'donor') return live;
  // Fails closed: a donor account without a donor matches nothing.
  const funded = sql`${activities.id} in (select ${activityDonors.activityId} from ${activityDonors} where ${activityDonors.donorId} = ${viewer.donorId})`;
  return and(live, funded)!;
}
