import type { Activity, Donor, Event, Indicator, Program } from '@/db/schema';
import { toPartialDateInput } from '@/lib/partial-date';

// A stored record as the strings its form shows: the edit form's starting values, and the
// "as it is now" side of a conflict. Each takes the columns the mutation layer returns.

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export const donorFormValues = (donor: Donor) => ({
  name: donor.name,
  nameEs: text(donor.nameEs),
  kind: donor.kind,
  countryCode: text(donor.countryCode),
});

export const programFormValues = (program: Program) => ({
  unitId: String(program.unitId),
  name: program.name,
  pillar: text(program.pillar),
  dacSector: text(program.dacSector),
  summary: text(program.summary),
  objectives: text(program.objectives),
  url: text(program.url),
});

export const activityFormValues = (activity: Activity) => ({
  programId: String(activity.programId),
  name: activity.name,
  commencement: toPartialDateInput(activity.commencementDate, activity.commencementPrecision),
  completion: toPartialDateInput(activity.completionDate, activity.completionPrecision),
  isOngoing: activity.isOngoing ? 'on' : '',
  targetBeneficiaries: text(activity.targetBeneficiaries),
  summary: text(activity.summary),
  objectives: text(activity.objectives),
  results: text(activity.results),
  additionalInfoUrl: text(activity.additionalInfoUrl),
});

export const eventFormValues = (event: Event) => ({
  kind: event.kind,
  title: event.title,
  countryCode: text(event.countryCode),
  start: toPartialDateInput(event.startDate, event.startPrecision),
  end: toPartialDateInput(event.endDate, event.endPrecision),
  venue: text(event.venue),
  modality: text(event.modality),
  women: text(event.women),
  men: text(event.men),
  notDisaggregated: text(event.notDisaggregated),
  isApproximate: event.isApproximate ? 'on' : '',
});

export const indicatorFormValues = (indicator: Indicator) => ({
  name: indicator.name,
  target: String(indicator.target),
});

/** The fields whose current value differs from what the editor sent: what changed meanwhile. */
export function conflictingFields(current: Record<string, string>, sent: Record<string, string>): { field: string; current: string; sent: string }[] {
  return Object.keys(current)
    .filter((field) => (current[field] ?? '').trim() !== (sent[field] ?? '').trim())
    .map((field) => ({ field, current: current[field] ?? '', sent: sent[field] ?? '' }));
}
