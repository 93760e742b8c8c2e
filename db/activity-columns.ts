import { activities } from './schema';

/** An activity's period as the sheets state it: the columns every query showing it selects. */
export const activityPeriodColumns = {
  commencementDate: activities.commencementDate,
  commencementPrecision: activities.commencementPrecision,
  completionDate: activities.completionDate,
  completionPrecision: activities.completionPrecision,
  isOngoing: activities.isOngoing,
};
