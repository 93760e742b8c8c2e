// Applies pending migrations to the database at DATABASE_PATH (default data/dps-results.db).
import fs from 'node:fs';
import path from 'node:path';
import { databasePath, openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';

const file = databasePath();
fs.mkdirSync(path.dirname(file), { recursive: true });
const db = openDatabase(file);
migrateDatabase(db);
db.$client.close();
console.log(`Migrated ${file}`);
