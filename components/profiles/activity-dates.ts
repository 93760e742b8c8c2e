import type { ProfileActivity } from '@/db/queries/profile-lists';
import { formatStoredDate } from '@/lib/partial-date';

type Dates = Pick<ProfileActivity, 'commencementDate' | 'commencementPrecision' | 'completionDate' | 'completionPrecision' | 'isOngoing'>;

/** An activity's period as the sources give it, e.g. "12 April 2017 – 31 December 2017", "? – ongoing". */
export function formatActivityDates(activity: Dates, locale: string, words: { notStated: string; ongoing: string }): string {
  const start =
    activity.commencementDate && activity.commencementPrecision
      ? formatStoredDate(activity.commencementDate, activity.commencementPrecision, locale)
      : null;
  const end =
    activity.completionDate && activity.completionPrecision
      ? formatStoredDate(activity.completionDate, activity.completionPrecision, locale)
      : activity.isOngoing
        ? words.ongoing
        : null;
  if (start === null && end === null) return words.notStated;
  return `${start ?? words.notStated} – ${end ?? words.notStated}`;
}
