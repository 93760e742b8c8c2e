// Shapes of what the report parser proposes. Every value is a proposal: it carries the source
// line numbers (1-based) and a confidence; `null` means the text does not state it.

export type Confidence = 'certain' | 'likely' | 'guess';

export type UnitCode = 'DPS' | 'CICTE' | 'CICAD';

export type EventKind = 'training_course' | 'workshop' | 'meeting' | 'assessment_mission';

/** A date as precise as the text gives it: '2017-03-14', '2017-03' or '2017'. */
export type PartialIsoDate = string;

export interface ProposedCountry {
  code: string;
  name: string;
}

export interface ProposedEvent {
  kind: EventKind;
  title: string;
  country: ProposedCountry | null;
  city: string | null;
  start: PartialIsoDate | null;
  end: PartialIsoDate | null;
  women: number | null;
  men: number | null;
  notDisaggregated: number | null;
  approximate: boolean;
  lines: number[];
  confidence: Confidence;
}

export interface ProposedIndicator {
  name: string;
  target: number;
  lines: number[];
}

/** The fields that carry their own sources and confidence. */
export const proposalFields = [
  'program',
  'unit',
  'activity',
  'pillar',
  'countries',
  'start',
  'end',
  'ongoing',
  'donors',
  'beneficiaries',
  'url',
  'summary',
  'objectives',
  'results',
  'events',
  'indicators',
] as const;
export type ProposalField = (typeof proposalFields)[number];

/** One proposed record, in the JSON shape of `npm run import -- <file> --json`. */
export interface ProposedRecord {
  program: string | null;
  unit: UnitCode | null;
  activity: string | null;
  pillar: string | null;
  countries: ProposedCountry[];
  start: PartialIsoDate | null;
  end: PartialIsoDate | null;
  ongoing: boolean;
  donors: string[];
  beneficiaries: string | null;
  url: string | null;
  summary: string | null;
  objectives: string | null;
  results: string | null;
  /** `country` is the member state's English name. */
  events: (Omit<ProposedEvent, 'lines' | 'confidence' | 'country'> & { country: string | null })[];
  indicators: { name: string; target: number }[];
  sources: Partial<Record<ProposalField, number[]>>;
  confidence: Partial<Record<ProposalField, Confidence>>;
}

/** A value found in the text, with where it came from. */
export interface Found<T> {
  value: T;
  lines: number[];
  confidence: Confidence;
}

/** A numbered line of the source text. */
export interface SourceLine {
  number: number;
  text: string;
}

export type Language = 'en' | 'es';
