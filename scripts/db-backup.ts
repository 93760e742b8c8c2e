// Takes a consistent online backup of the database at DATABASE_PATH (default
// data/dps-results.db), safe while the server is running and writing:
//   npm run db:backup -- backups/dps-results-2026-11-26.db
import { databasePath } from '@/db/client';
import { backupDatabase, BackupProblem } from '@/db/backup';

async function main() {
  const target = process.argv[2];
  if (!target) throw new BackupProblem('Usage: npm run db:backup -- <backup file>');
  const source = databasePath();
  const { pages } = await backupDatabase(source, target);
  console.log(`Backed up ${source} to ${target} (${pages} pages, integrity ok)`);
}

main().catch((error) => {
  console.error(error instanceof BackupProblem ? error.message : error);
  process.exit(1);
});
