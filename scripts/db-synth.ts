// Builds a large synthetic database for benchmarks:
//   npm run db:synth -- --activities 100000 --trainings 1000000 [--seed 1] [--out /tmp/synth.db]
// It writes to --out, else DATABASE_PATH, and never to the demo database. The demo data and
// accounts come first, so the same accounts sign in; the rest is generated from the seed.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { openDatabase } from '@/db/client';
import { buildDemoDatabase } from '@/db/demo-database';
import { synthesize } from '@/db/synth/synthesize';

const optionsSchema = z.object({
  activities: z.coerce.number().int().min(1).max(10_000_000),
  trainings: z.coerce.number().int().min(0).max(50_000_000),
  seed: z.coerce.number().int().default(1),
  out: z.string().min(1),
});

async function main() {
  const { values } = parseArgs({
    options: { activities: { type: 'string' }, trainings: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
  });
  const options = optionsSchema.parse({ ...values, out: values.out ?? process.env.DATABASE_PATH });
  const file = path.resolve(options.out);
  if (file === path.resolve('data', 'dps-results.db')) throw new Error('Refusing to overwrite the demo database; give --out another file.');

  const started = Date.now();
  await buildDemoDatabase(file);
  const db = openDatabase(file);
  try {
    synthesize(db, { activities: options.activities, events: options.trainings, seed: options.seed });
    // Statistics for the query planner, as after any bulk load: without them it guesses.
    db.$client.exec('ANALYZE');
  } finally {
    db.$client.close();
  }
  console.log(`${options.activities} activities and ${options.trainings} events written to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(error instanceof z.ZodError ? `Usage: npm run db:synth -- --activities N --trainings M [--seed S] [--out file]\n${z.prettifyError(error)}` : error);
  process.exit(1);
});
