import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { databasePath } from '../support/environment';

/** Starts the production server with the given environment; resolves with how it ended. */
function startServer(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const next = path.join(process.cwd(), 'node_modules', '.bin', 'next');
  const child = spawn(next, ['start', '--hostname', '127.0.0.1', '--port', '0'], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_PATH: databasePath, NEXTAUTH_URL: 'http://127.0.0.1', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  // A server that did start is stopped after a while, so that the test fails instead of hanging.
  const timer = setTimeout(() => child.kill('SIGTERM'), 20_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}

test('the production server refuses to start without a session secret', async () => {
  // An empty value also hides any NEXTAUTH_SECRET in .env.local from the server.
  const { code, output } = await startServer({ NEXTAUTH_SECRET: '' });
  expect(output).toContain('DPS Results cannot start: NEXTAUTH_SECRET must be set');
  expect(code).toBe(1);
});

test('the production server refuses to start with a session lifetime that makes no sense', async () => {
  const { code, output } = await startServer({ NEXTAUTH_SECRET: 'x'.repeat(43), SESSION_MAX_AGE_HOURS: '-3' });
  expect(output).toContain('SESSION_MAX_AGE_HOURS must be');
  expect(code).toBe(1);
});
