// Shapes of the demo data transcribed from the source reports in ../shared/seeds.
// `null` always means "the source does not state it"; it is never a guess.

export type UnitCode = 'DPS' | 'CICTE' | 'CICAD';
export type Pillar = 'democracy' | 'human_rights' | 'integral_development' | 'multidimensional_security';
export type DonorKind = 'member_state' | 'permanent_observer' | 'multilateral' | 'other';
export type EventKind = 'training_course' | 'workshop' | 'meeting' | 'assessment_mission';
export type Modality = 'on_site' | 'virtual';
export type DatePrecision = 'day' | 'month' | 'year';

/** A date as precise as the source gives it: '2017-03-14' (day), '2017-03' (month) or '2017' (year). */
export type SeedDate = string;

/** Source file name in ../shared/seeds, e.g. '000_a338e43460cd5b34.txt'. */
export type SourceFile = string;

export interface SeedDonor {
  key: string;
  name: string;
  nameEs: string | null;
  kind: DonorKind;
  /** ISO 3166-1 alpha-2 when the donor is a country (member state or not). */
  countryCode: string | null;
}

export interface SeedProgram {
  key: string;
  unit: UnitCode;
  name: string;
  pillar: Pillar | null;
  summary: string | null;
  objectives: string | null;
  url: string | null;
  sources: SourceFile[];
  notes: string[];
}

export interface SeedEvent {
  kind: EventKind;
  title: string;
  /** ISO 3166-1 alpha-2 of an OAS member state, or null when not stated. */
  country: string | null;
  start: SeedDate | null;
  end: SeedDate | null;
  venue: string | null;
  modality: Modality | null;
  sectors: string[];
  women: number | null;
  men: number | null;
  notDisaggregated: number | null;
  isApproximate: boolean;
  source: SourceFile;
  notes: string[];
}

export interface SeedIndicator {
  name: string;
  target: number;
  /** Titles of this activity's events whose participants count toward the indicator. */
  eventTitles: string[];
  measurements: { value: number; measuredOn: SeedDate; note: string | null }[];
  source: SourceFile;
}

export interface SeedActivityDonor {
  donorKey: string;
  amount: number | null;
  currency: string | null;
}

export interface SeedActivity {
  key: string;
  programKey: string;
  name: string;
  countries: string[];
  commencement: SeedDate | null;
  completion: SeedDate | null;
  isOngoing: boolean;
  targetBeneficiaries: string | null;
  summary: string | null;
  objectives: string | null;
  results: string | null;
  additionalInfoUrl: string | null;
  donors: SeedActivityDonor[];
  events: SeedEvent[];
  indicators: SeedIndicator[];
  sources: SourceFile[];
  notes: string[];
}
