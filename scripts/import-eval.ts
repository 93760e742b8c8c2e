// npm run import:eval — runs the report parser on ../shared/seeds/*.txt and prints precision and
// recall per field against the demo seed module (the hand-checked reading of the same files); then
// checks that the same reports printed as PDFs import to the same records, and the round trip of
// the app's own country-report PDFs when a generator is wired in (see countryReportPdf below).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { textPdf } from '@/test/report-pdfs';
import { evaluate, formatScores, precision, recall, totals } from '@/lib/import/evaluate';
import { parseReport } from '@/lib/import/parse-report';
import { readReportFile } from '@/lib/import/report-file';
import { roundTrip } from '@/lib/import/round-trip';
import { seedExpectations } from '@/lib/import/seed-expectations';

/**
 * The PDF of one demo country report, from the reports feature (issue 6). Null until that generator
 * is merged; the lead wires it here: (countryCode) => generateCountryReportPdf(...).
 */
const countryReportPdf: ((countryCode: string) => Promise<Uint8Array>) | null = null;

const strip = (records: ReturnType<typeof parseReport>) => records.map(({ sources: _s, confidence: _c, ...r }) => r);

async function main() {
  const seedsDir = path.resolve(process.cwd(), '../shared/seeds');
  const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  const texts = files.map((file) => readFileSync(path.join(seedsDir, file), 'utf8'));
  const expected = seedExpectations();
  const result = evaluate(texts.flatMap(parseReport), expected);

  console.log(`Seed files: ${files.join(', ')}\n`);
  console.log(formatScores(result.scores));
  const all = totals(result.scores);
  console.log(`\nOverall: precision ${(precision(all) * 100).toFixed(1)}%, recall ${(recall(all) * 100).toFixed(1)}%`);
  if (result.unmatchedProposals) console.log(`Proposals matching no seed activity: ${result.unmatchedProposals}`);
  if (result.unmatchedExpected.length) console.log(`Seed activities no proposal matched: ${result.unmatchedExpected.join(', ')}`);

  console.log('\nSeed reports printed as PDFs and imported back (PDF text extraction):');
  for (const [i, text] of texts.entries()) {
    const file = await readReportFile(await textPdf(text));
    const same = file.ok && JSON.stringify(strip(file.records)) === JSON.stringify(strip(parseReport(text)));
    console.log(`  ${files[i]}: ${same ? 'same records as the text' : `DIFFERENT${file.ok ? '' : ` (${file.message})`}`}`);
  }

  console.log('\nRound trip of our own country-report PDFs:');
  if (!countryReportPdf) {
    console.log('  not run: the country-report PDF generator (issue 6) is not on this branch.');
    return;
  }
  const countries = [...new Set(expected.flatMap((e) => e.countries))].sort();
  for (const code of countries) {
    const trip = await roundTrip(code, await countryReportPdf(code), expected.filter((e) => e.countries.includes(code)));
    console.log(`  ${code}: ${trip.exact ? 'exact' : `NOT exact — ${trip.problem}`}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
