// npm run import:eval — runs the report parser on ../shared/seeds/*.txt and prints precision and
// recall per field against the demo seed module (the hand-checked reading of the same files); then
// checks that the same reports printed as PDFs import to the same records, and the round trip of
// the app's own country-report PDFs: each demo country's report, made by the PDF route's functions
// from a fresh demo database, imported back.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { countryReportPdf } from '@/test/country-report-pdf';
import { textPdf } from '@/test/report-pdfs';
import { openDatabase } from '@/db/client';
import { buildDemoDatabase } from '@/db/demo-database';
import { evaluate, formatScores, precision, recall, totals } from '@/lib/import/evaluate';
import { parseReport } from '@/lib/import/parse-report';
import { readReportFile } from '@/lib/import/report-file';
import { roundTrip } from '@/lib/import/round-trip';
import { countryReportExpectations, notInSourceText, seedExpectations, statedInSourceText } from '@/lib/import/seed-expectations';

const strip = (records: ReturnType<typeof parseReport>) => records.map(({ sources: _s, confidence: _c, ...r }) => r);

async function main() {
  const seedsDir = path.resolve(process.cwd(), '../shared/seeds');
  const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  const texts = files.map((file) => readFileSync(path.join(seedsDir, file), 'utf8'));
  const expected = seedExpectations();
  const result = evaluate(texts.flatMap(parseReport), statedInSourceText(expected));

  console.log(`Seed files: ${files.join(', ')}\n`);
  console.log(`Not expected: ${notInSourceText.length} seed values the texts do not state (SOURCES.md), which the parser leaves "not stated":`);
  for (const { field, key, reason } of notInSourceText) console.log(`  ${field} of ${key}: ${reason}`);
  console.log('');
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

  console.log('\nRound trip of our own country-report PDFs (demo database, staff viewer, English):');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dps-results-import-eval-'));
  try {
    const file = path.join(dir, 'demo.db');
    await buildDemoDatabase(file);
    const db = openDatabase(file);
    const countries = [...new Set(expected.flatMap((e) => e.countries))].sort();
    for (const code of countries) {
      const trip = await roundTrip(code, await countryReportPdf(db, code), countryReportExpectations(expected, code));
      console.log(`  ${code}: ${trip.exact ? 'exact' : `NOT exact — ${trip.problem}`}`);
    }
    db.$client.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
