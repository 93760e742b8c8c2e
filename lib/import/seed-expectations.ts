// The demo seed module (the hand-checked reading of ../shared/seeds) in the parser's vocabulary.
import { activities, donors, programs } from '@/db/seed-data';
import type { ExpectedRecord } from './evaluate';

const pillarNames: Record<string, string> = {
  democracy: 'Democracy',
  human_rights: 'Human Rights',
  integral_development: 'Integral Development',
  multidimensional_security: 'Multidimensional Security',
};

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
