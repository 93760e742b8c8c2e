// Rebuilds the demo database from the migrations and the seed module. Everything in it is replaced.
import { databasePath } from '@/db/client';
import { buildDemoDatabase } from '@/db/demo-database';

async function main() {
  const file = databasePath();
  await buildDemoDatabase(file);
  console.log(`Demo database built at ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
