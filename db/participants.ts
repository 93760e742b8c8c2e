import { sql, type SQL } from 'drizzle-orm';
import { events, trainingEventKinds } from './schema';

// SQL pieces for participant counts. The total of an event is always derived from its three
// counts; NULL (not stated) adds nothing.

const women = sql`coalesce(${events.women}, 0)`;
const men = sql`coalesce(${events.men}, 0)`;
const notDisaggregated = sql`coalesce(${events.notDisaggregated}, 0)`;

export const eventTotal: SQL<number> = sql<number>`(${women} + ${men} + ${notDisaggregated})`;

export const isTraining: SQL = sql`${events.kind} in (${sql.join(
  trainingEventKinds.map((k) => sql`${k}`),
  sql`, `,
)})`;

/** Both women and men are stated: the event counts toward the share of women. */
export const isGenderRecorded: SQL = sql`(${events.women} is not null and ${events.men} is not null)`;

/** Sum of an expression over the rows matching a condition; 0 when none match. */
export const sumWhere = (condition: SQL, value: SQL) =>
  sql<number>`coalesce(sum(case when ${condition} then ${value} else 0 end), 0)`.mapWith(Number);

export const trainedTotal = sumWhere(isTraining, eventTotal);
export const trainedWomen = sumWhere(isTraining, women);
export const trainedMen = sumWhere(isTraining, men);
export const trainedNotDisaggregated = sumWhere(isTraining, notDisaggregated);
export const genderRecordedWomen = sumWhere(sql`${isTraining} and ${isGenderRecorded}`, sql`${events.women}`);
export const genderRecordedBase = sumWhere(sql`${isTraining} and ${isGenderRecorded}`, sql`(${events.women} + ${events.men})`);
export const meetingParticipants = sumWhere(sql`${events.kind} = 'meeting'`, eventTotal);

/** Women as a share of participants whose gender is recorded; null when none is. */
export function shareOfWomen(women: number, base: number): number | null {
  return base > 0 ? women / base : null;
}
