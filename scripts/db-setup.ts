// Run by `npm start`: makes a fresh checkout ready to serve. It writes a local session secret
// if there is none, migrates the database and, when the database is new, loads the demo data.
// An existing database keeps its data.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { databasePath, openDatabase } from '@/db/client';
import { loadDemoData } from '@/db/demo-database';
import { migrateDatabase } from '@/db/migrate';
import { memberStates } from '@/db/schema';

const ENV_FILE = path.join(process.cwd(), '.env.local');

function ensureLocalEnv(): void {
  const existing = fs.existsSync(ENV_FILE) ? fs.readFileSync(ENV_FILE, 'utf8') : '';
  const additions: string[] = [];
  if (!/^NEXTAUTH_SECRET=/m.test(existing) && !process.env.NEXTAUTH_SECRET) {
    additions.push(`NEXTAUTH_SECRET=${crypto.randomBytes(32).toString('base64url')}`);
  }
  // Sign-in works on whatever host and port the server is reached by.
  if (!/^AUTH_TRUST_HOST=/m.test(existing) && !process.env.AUTH_TRUST_HOST) additions.push('AUTH_TRUST_HOST=true');
  if (additions.length) {
    fs.appendFileSync(ENV_FILE, (existing && !existing.endsWith('\n') ? '\n' : '') + additions.join('\n') + '\n');
    console.log(`Wrote ${additions.map((a) => a.split('=')[0]).join(', ')} to .env.local`);
  }
}

async function main() {
  ensureLocalEnv();
  const file = databasePath();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = openDatabase(file);
  try {
    migrateDatabase(db);
    const { n } = db.select({ n: count() }).from(memberStates).get()!;
    if (n === 0) {
      await loadDemoData(db);
      console.log(`Demo database created at ${file}`);
    } else {
      console.log(`Database at ${file} is migrated; its data is kept`);
    }
  } finally {
    db.$client.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
