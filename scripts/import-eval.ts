// npm run import:eval — runs the report parser on ../shared/seeds/*.txt and prints precision and
// recall per field against the demo seed module (the hand-checked reading of the same files).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluate, formatScores, precision, recall, totals } from '@/lib/import/evaluate';
import { parseReport } from '@/lib/import/parse-report';
import { seedExpectations } from '@/lib/import/seed-expectations';

const seedsDir = path.resolve(process.cwd(), '../shared/seeds');
const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
const proposals = files.flatMap((file) => parseReport(readFileSync(path.join(seedsDir, file), 'utf8')));
const result = evaluate(proposals, seedExpectations());

console.log(`Seed files: ${files.join(', ')}`);
console.log(formatScores(result.scores));
const all = totals(result.scores);
console.log(`\nOverall: precision ${(precision(all) * 100).toFixed(1)}%, recall ${(recall(all) * 100).toFixed(1)}%`);
if (result.unmatchedProposals) console.log(`Proposals matching no seed activity: ${result.unmatchedProposals}`);
if (result.unmatchedExpected.length) console.log(`Seed activities no proposal matched: ${result.unmatchedExpected.join(', ')}`);
