// npm run import -- <file> [--json]: runs the report parser on a PDF or a text file.
// With --json it writes nothing and prints only the JSON array of proposed records (run it as
// `npm run -s import -- <file> --json`: without -s, npm prints its own banner line first).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readReportFile } from '@/lib/import/report-file';
import { formatProposal } from '@/lib/import/format';

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('Usage: npm run import -- <file.pdf|file.txt> [--json]');
    process.exit(2);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    console.error(`${file}: cannot be read.`);
    process.exit(1);
  }
  const result = await readReportFile(bytes);
  if (!result.ok) {
    console.error(`${path.basename(file)}: ${result.message}`);
    process.exit(1);
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(result.records, null, 2)}\n`);
    return;
  }
  console.log(`${path.basename(file)}: ${result.records.length} proposed record(s)\n`);
  result.records.forEach((record, i) => console.log(formatProposal(record, i + 1)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
