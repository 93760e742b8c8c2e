// The demo seed module (the hand-checked reading of ../shared/seeds) in the parser's vocabulary.
import { activities, donors, programs } from '@/db/seed-data';
import type { ExpectedRecord } from './evaluate';

const pillarNames: Record<string, string> = {
  democracy: 'Democracy',
  human_rights: 'Human Rights',
  integral_development: 'Integral Development',
  multidimensional_security: 'Multidimensional Security',
};

/**
 * Seed values the source texts do not state: given by hand when the demo data was read
 * (db/seed-data/SOURCES.md, and the notes of each program and activity). The parser says "not
 * stated" for them rather than guess, so the accuracy on the seed texts does not expect them.
 * By program key (its name and unit, and the name of an activity that repeats it) or activity key.
 */
export const notInSourceText: { field: 'program' | 'unit' | 'activity'; key: string; reason: string }[] = [
  { field: 'program', key: 'violence-crime-prevention', reason: 'descriptive name: the sources never name this program' },
  { field: 'unit', key: 'violence-crime-prevention', reason: 'unit not stated; DPS assumed' },
  { field: 'program', key: 'irregular-migration-mesoamerica', reason: 'descriptive name: the source never names this program' },
  { field: 'program', key: 'legal-aid-victims-northern-triangle', reason: 'descriptive name: the source never names this project' },
  { field: 'unit', key: 'maritime-security', reason: 'unit not stated; CICTE assumed' },
  { field: 'activity', key: 'violence-crime-prevention', reason: 'activity named after the program, whose name is descriptive' },
  { field: 'activity', key: 'sv-irregular-migration', reason: 'activity named after the program, whose name is descriptive' },
  { field: 'activity', key: 'legal-aid-northern-triangle', reason: 'activity named after the project, whose name is descriptive' },
  { field: 'activity', key: 'airport-access-control-workshop', reason: "Name of Activity empty; descriptive name from the objectives' wording" },
];

/** The seed reading without the values the source texts do not state (see notInSourceText). */
export function statedInSourceText(expected: ExpectedRecord[]): ExpectedRecord[] {
  for (const { field, key } of notInSourceText) {
    const known = field === 'activity' ? activities.some((a) => a.key === key) : programs.some((p) => p.key === key);
    if (!known) throw new Error(`notInSourceText names no seed ${field === 'activity' ? 'activity' : 'program'} ${key}`);
  }
  const left = (field: 'program' | 'unit' | 'activity', ...keys: string[]) => notInSourceText.some((n) => n.field === field && keys.includes(n.key));
  return expected.map((e) => {
    const programKey = activities.find((a) => a.key === e.key)!.programKey;
    return {
      ...e,
      program: left('program', programKey) ? null : e.program,
      unit: left('unit', programKey) ? null : e.unit,
      activity: left('activity', e.key) ? null : e.activity,
    };
  });
}

/** The seed module's reading of every activity: what the demo database holds. */
export function seedExpectations(): ExpectedRecord[] {
  return activities.map((a) => {
    const program = programs.find((p) => p.key === a.programKey)!;
    return {
      key: a.key,
      program: program.name,
      unit: program.unit,
      activity: a.name,
      pillar: program.pillar ? pillarNames[program.pillar]! : null,
      countries: a.countries,
      start: a.commencement,
      end: a.completion,
      ongoing: a.isOngoing,
      donors: a.donors.map((d) => {
        const donor = donors.find((x) => x.key === d.donorKey)!;
        return [donor.name, ...(donor.nameEs ? [donor.nameEs] : [])];
      }),
      beneficiaries: a.targetBeneficiaries,
      url: a.additionalInfoUrl ?? program.url,
      summary: a.summary ?? program.summary,
      objectives: a.objectives ?? program.objectives,
      results: a.results,
      events: a.events.map((e) => ({
        kind: e.kind,
        country: e.country,
        start: e.start,
        end: e.end,
        women: e.women,
        men: e.men,
        notDisaggregated: e.notDisaggregated,
        approximate: e.isApproximate,
      })),
      targets: a.indicators.map((i) => i.target),
    };
  });
}

/**
 * What a country's report is made from, as expected records: every activity that reaches the
 * country, with only the events held there (a country report counts the events in its country;
 * an activity of several countries appears in each of their reports).
 */
export function countryReportExpectations(expected: ExpectedRecord[], code: string): ExpectedRecord[] {
  return expected.filter((e) => e.countries.includes(code)).map((e) => ({ ...e, events: e.events.filter((event) => event.country === code) }));
}
