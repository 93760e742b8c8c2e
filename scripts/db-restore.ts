// Restores a backup made by `npm run db:backup` into the database at DATABASE_PATH (default
// data/dps-results.db), after checking that it is a whole DPS Results database:
//   npm run db:restore -- backups/dps-results-2026-11-26.db
import { databasePath } from '@/db/client';
import { BackupProblem, restoreDatabase } from '@/db/backup';

async function main() {
  const source = process.argv[2];
  if (!source) throw new BackupProblem('Usage: npm run db:restore -- <backup file>');
  const target = databasePath();
  const { pages } = await restoreDatabase(source, target);
  console.log(`Restored ${source} into ${target} (${pages} pages); migrations applied`);
}

main().catch((error) => {
  console.error(error instanceof BackupProblem ? error.message : error);
  process.exit(1);
});
