// The round trip of our own PDFs: every demo country's report, in English and in Spanish, imports
// back to exactly the records it was made from (the activities reaching the country, with only
// the events held there).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { countryReportPdf } from '@/test/country-report-pdf';
import { openDemoDatabase } from '@/test/temp-database';
import { roundTrip } from './round-trip';
import { countryReportExpectations, seedExpectations } from './seed-expectations';

let db: Db;
beforeAll(() => {
  db = openDemoDatabase();
});

const expected = seedExpectations();
const countries = [...new Set(expected.flatMap((e) => e.countries))].sort();

describe('round trip of the demo country reports', () => {
  it('covers the eleven demo countries', () => {
    expect(countries).toHaveLength(11);
  });

  for (const locale of ['en', 'es'] as const) {
    it(`gives back exactly the records of each country report in ${locale}`, async () => {
      for (const code of countries) {
        const trip = await roundTrip(code, await countryReportPdf(db, code, locale), countryReportExpectations(expected, code));
        expect({ code, problem: trip.problem }).toEqual({ code, problem: null });
        expect(trip.evaluation!.unmatchedExpected).toEqual([]);
        expect(trip.evaluation!.unmatchedProposals).toBe(0);
      }
    }, 60_000);
  }
});
