import { activityStatuses } from '@/db/activity-status';
import { orgUnitRecords } from '@/db/reference-data/org-units';
import { donorKinds, eventKinds, modalities } from '@/db/schema';
import type { TableSpec } from './table-state';

// The columns of each table: which filter suits each, which sort, which may be hidden. Shared by
// the queries (to read the URL) and the tables in the browser (to draw the filters).

const id = /^[1-9]\d{0,9}$/;
/** A member state's code, or a subregion as "sub:<subregion>". */
const countryOrSubregion = /^([A-Z]{2}|sub:(north_america|central_america|caribbean|south_america))$/;

export const activitiesTableSpec = {
  columns: [
    { id: 'name', filter: 'text', alwaysVisible: true },
    { id: 'program', filter: 'choice', choices: id },
    { id: 'countries', filter: 'choice', choices: countryOrSubregion },
    { id: 'start', filter: 'dateRange' },
    { id: 'end', filter: 'dateRange' },
    { id: 'status', filter: 'choice', choices: activityStatuses },
    { id: 'donors', filter: 'choice', choices: id },
    { id: 'trained', filter: 'numberRange' },
    { id: 'shareOfWomen', filter: 'numberRange' },
  ],
  defaultSort: { id: 'start', desc: true },
} as const satisfies TableSpec;

export const programsTableSpec = {
  columns: [
    { id: 'name', filter: 'text', alwaysVisible: true },
    { id: 'unit', filter: 'choice', choices: orgUnitRecords.map((u) => u.code) },
    { id: 'activities', filter: 'numberRange' },
    { id: 'countries', filter: 'numberRange' },
    { id: 'trained', filter: 'numberRange' },
  ],
  defaultSort: { id: 'name', desc: false },
} as const satisfies TableSpec;

export const eventsTableSpec = {
  columns: [
    { id: 'title', filter: 'text', alwaysVisible: true },
    { id: 'kind', filter: 'choice', choices: eventKinds },
    { id: 'activity', filter: 'text' },
    { id: 'country', filter: 'choice', choices: countryOrSubregion },
    { id: 'date', filter: 'dateRange' },
    { id: 'modality', filter: 'choice', choices: modalities },
    { id: 'women', filter: 'numberRange' },
    { id: 'men', filter: 'numberRange' },
    { id: 'notDisaggregated', filter: 'numberRange' },
    { id: 'total', filter: 'numberRange' },
  ],
  defaultSort: { id: 'date', desc: true },
} as const satisfies TableSpec;

export const donorsTableSpec = {
  columns: [
    { id: 'name', filter: 'text', alwaysVisible: true },
    { id: 'kind', filter: 'choice', choices: donorKinds },
    { id: 'activities', filter: 'numberRange' },
    { id: 'countries', filter: 'numberRange' },
    { id: 'amount', filter: 'numberRange' },
  ],
  defaultSort: { id: 'name', desc: false },
} as const satisfies TableSpec;

export const tableSpecs = {
  activities: activitiesTableSpec,
  programs: programsTableSpec,
  events: eventsTableSpec,
  donors: donorsTableSpec,
} as const;

export type TableName = keyof typeof tableSpecs;
export const isTableName = (name: string): name is TableName => Object.hasOwn(tableSpecs, name);
