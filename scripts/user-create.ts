// Creates an account, e.g. a production database's first admin:
//   npm run user:create -- --email ana@oas.org --role admin [--name "Ana Pérez"] [--donor "Canada"]
// On a terminal it asks for the password (leave it empty to have one generated); with piped
// input it reads the password from the first line; a generated password is printed once.
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { databasePath, openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { createUser } from '@/db/mutations/users';
import { getUserForSignIn } from '@/db/queries/users';
import { donors, roles } from '@/db/schema';
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from '@/lib/passwords';

const argsSchema = z
  .object({
    email: z.email(),
    role: z.enum(roles),
    name: z.string().trim().min(1).max(200).optional(),
    donor: z.string().trim().min(1).optional(),
  })
  .refine((a) => (a.role === 'donor') === (a.donor !== undefined), {
    message: 'A donor account needs --donor "<donor name>", and only a donor account takes one',
  });

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    return input.split('\n')[0]?.trim() ?? '';
  }
  process.stdout.write(`Password (at least ${MIN_PASSWORD_LENGTH} characters; empty to generate one): `);
  process.stdin.setRawMode(true);
  let password = '';
  for await (const chunk of process.stdin) {
    const key = String(chunk);
    if (key === '\r' || key === '\n') break;
    if (key === '\u0003') process.exit(130);
    password = key === '\u007f' ? password.slice(0, -1) : password + key;
  }
  process.stdin.setRawMode(false);
  process.stdin.pause();
  process.stdout.write('\n');
  return password;
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, donor: { type: 'string' } },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(parsed.error.issues.map((i) => `--${i.path.join('.') || 'args'}: ${i.message}`).join('\n'));
    process.exit(2);
  }
  const args = parsed.data;

  const db = openDatabase(databasePath());
  migrateDatabase(db);
  if (getUserForSignIn(db, args.email)) {
    console.error(`An account with the email ${args.email} already exists.`);
    process.exit(1);
  }
  let donorId: number | null = null;
  if (args.donor) {
    const donor = db.select({ id: donors.id }).from(donors).where(eq(donors.name, args.donor)).get();
    if (!donor) {
      console.error(`No donor is named "${args.donor}".`);
      process.exit(1);
    }
    donorId = donor.id;
  }

  let password = await readPassword();
  const generated = password === '';
  if (generated) password = generatePassword();
  if (password.length < MIN_PASSWORD_LENGTH) {
    console.error(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
    process.exit(1);
  }

  const id = createUser(db, {
    actorId: null,
    account: { email: args.email, name: args.name ?? args.email, role: args.role, donorId, passwordHash: await hashPassword(password) },
  });
  db.$client.close();
  console.log(`Created ${args.role} account #${id} for ${args.email}.`);
  if (generated) console.log(`Its password, shown only now: ${password}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
