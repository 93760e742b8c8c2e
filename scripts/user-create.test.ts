import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { users } from '@/db/schema';
import { authenticate } from '@/lib/sign-in';
import { tempDatabaseFile } from '@/test/temp-database';

const tsx = path.join(__dirname, '..', 'node_modules', '.bin', 'tsx');
const script = path.join(__dirname, 'user-create.ts');

function run(file: string, args: string[], input: string) {
  return spawnSync(tsx, [script, ...args], { input, encoding: 'utf8', env: { ...process.env, DATABASE_PATH: file } });
}

// Each case starts the real script, a second or two apiece.
describe('npm run user:create', { timeout: 60_000 }, () => {
  it('gives a new production database its first admin, with a generated password shown once', async () => {
    const file = tempDatabaseFile();
    const result = run(file, ['--email', 'First.Admin@oas.org', '--role', 'admin', '--name', 'First Admin'], '\n');
    expect(result.status).toBe(0);
    const password = /shown only now: (\S+)/.exec(result.stdout)?.[1];
    expect(password?.length).toBeGreaterThanOrEqual(20);
    const db = openDatabase(file);
    expect(await authenticate(db, { email: 'first.admin@oas.org', password })).toMatchObject({ role: 'admin' });
  });

  it('takes a piped password, and refuses a short one, a duplicate email and a donor without donor', () => {
    const file = tempDatabaseFile();
    expect(run(file, ['--email', 'a@oas.org', '--role', 'viewer'], 'a-long-enough-password\n').status).toBe(0);
    const refusals = [
      run(file, ['--email', 'b@oas.org', '--role', 'viewer'], 'short\n'),
      run(file, ['--email', 'A@oas.org', '--role', 'editor'], 'a-long-enough-password\n'),
      run(file, ['--email', 'c@oas.org', '--role', 'donor'], 'a-long-enough-password\n'),
      run(file, ['--email', '<script>', '--role', 'boss'], ''),
    ];
    expect(refusals.map((r) => r.status)).toEqual([1, 1, 2, 2]);
    expect(refusals.every((r) => r.stderr.trim().length > 0)).toBe(true);
    expect(openDatabase(file).select({ email: users.email }).from(users).all()).toEqual([{ email: 'a@oas.org' }]);
  });
});
