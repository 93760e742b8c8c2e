import { sql, type SQL } from 'drizzle-orm';
import { activities } from './schema';

export const activityStatuses = ['planned', 'ongoing', 'completed', 'not_stated'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

export const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * Status follows from the dates, computed in SQL so it can be filtered and counted:
 * planned before commencement, completed after completion, ongoing in between or when the
 * source says so, and not stated when the dates do not tell.
 */
export function activityStatusSql(today: string): SQL<ActivityStatus> {
  return sql<ActivityStatus>`case
    when ${activities.commencementDate} > ${today} then 'planned'
    when ${activities.completionDate} < ${today} then 'completed'
    when ${activities.isOngoing} = 1 or ${activities.completionDate} >= ${today} then 'ongoing'
    else 'not_stated' end`;
}
