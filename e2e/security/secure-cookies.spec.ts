import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { expect, request, test } from '@playwright/test';
import { demoAccount } from '../support/accounts';
import { databasePath } from '../support/environment';

// Behind a proxy that terminates https (X-Forwarded-Proto: https) and with no NEXTAUTH_URL, the
// session cookie must be Secure, and the server must recognise it. Its own server, since the
// suite's one runs with a plain-http NEXTAUTH_URL.

let server: ChildProcess;
let baseURL: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

test.beforeAll(async () => {
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  const { NEXTAUTH_URL: _unset, ...env } = process.env;
  server = spawn(path.join(process.cwd(), 'node_modules', '.bin', 'next'), ['start', '--hostname', '127.0.0.1', '--port', String(port)], {
    env: { ...env, NODE_ENV: 'production', DATABASE_PATH: databasePath, AUTH_TRUST_HOST: 'true', NEXTAUTH_SECRET: 'x'.repeat(43) },
  });
  const context = await request.newContext();
  await expect.poll(async () => (await context.get(`${baseURL}/login`).catch(() => null))?.status(), { timeout: 30_000 }).toBe(200);
  await context.dispose();
});

test.afterAll(() => {
  server.kill('SIGTERM');
});

/** The cookies a response sets, as "name=value" pairs, and their attributes. */
const setCookies = (headers: { name: string; value: string }[]) => headers.filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value);

test('over https the session cookie is Secure and opens the app; over plain http it does not', async () => {
  const https = await request.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-proto': 'https' } });
  const csrf = await https.get('/api/auth/csrf');
  const csrfCookie = setCookies(csrf.headersArray()).find((c) => c.includes('next-auth.csrf-token'))!;
  expect(csrfCookie).toMatch(/^__Host-next-auth\.csrf-token=/);
  expect(csrfCookie).toContain('Secure');

  const account = demoAccount('viewer');
  const signIn = await https.post('/api/auth/callback/credentials', {
    headers: { cookie: csrfCookie.split(';')[0]! },
    form: { csrfToken: (await csrf.json()).csrfToken, email: account.email, password: account.password, json: 'true' },
    maxRedirects: 0,
  });
  const session = setCookies(signIn.headersArray()).find((c) => c.includes('session-token'))!;
  expect(session).toMatch(/^__Secure-next-auth\.session-token=/);
  expect(session).toMatch(/;\s*Secure/i);
  expect(session).toMatch(/;\s*HttpOnly/i);

  const cookie = session.split(';')[0]!;
  expect((await https.get('/', { headers: { cookie }, maxRedirects: 0 })).status()).toBe(200);
  const plain = await request.newContext({ baseURL });
  const overHttp = await plain.get('/', { headers: { cookie }, maxRedirects: 0 });
  expect(overHttp.status()).toBe(307);
  expect(overHttp.headers()['location']).toContain('/login');
  await Promise.all([https.dispose(), plain.dispose()]);
});
