// Shared by the benchmarks: the production build served on a free loopback port against a given
// database file, and a signed-in session cookie for a demo account.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import net from 'node:net';
import { DEMO_PASSWORD } from '@/db/seed';
import { SERVER_HEAP_OPTIONS } from '@/lib/server-heap';

export interface BenchServer {
  base: string;
  /** The server's process group: `next start` and the processes it starts. */
  pid: number;
  stop(): void;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `next start` (the build must exist) on `databaseFile` with production's heap limit, with extra environment, and waits until it answers. */
export async function startServer(databaseFile: string, env: Record<string, string> = {}): Promise<BenchServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // Node runs Next's own bin directly: an npx wrapper would be one more process in the group whose
  // memory is measured, and it is not the server.
  const server = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, DATABASE_PATH: databaseFile, NEXTAUTH_SECRET: crypto.randomBytes(32).toString('base64url'), NEXTAUTH_URL: base, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: SERVER_HEAP_OPTIONS, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  // What the server says on stderr, to explain a failed start.
  let errors = '';
  server.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  let exited = false;
  server.on('exit', () => (exited = true));
  // The server runs in its own process group, so stopping it also stops any process it starts.
  const stop = () => {
    try {
      process.kill(-server.pid!);
    } catch {
      // Already gone.
    }
  };
  try {
    for (let i = 0; ; i++) {
      if (exited || i > 120) throw new Error(`The server did not start${errors ? `:\n${errors}` : ''}`);
      if (await fetch(`${base}/login`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
  } catch (error) {
    stop();
    throw error;
  }
  return { base, pid: server.pid!, stop };
}

/** Signs in through next-auth's credentials endpoint and returns the session cookie. */
export async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookies.join('; ') },
    body: new URLSearchParams({ email, password: DEMO_PASSWORD, csrfToken, json: 'true' }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c?.includes('session-token'));
  if (!session) throw new Error(`Sign-in failed for ${email}`);
  return session;
}

/**
 * A GET for a benchmark. A kept-alive connection that the server closed meanwhile (its keep-alive
 * timeout is 5 s, shorter than some replays of a page's SQL) fails before any byte: the request
 * is then sent once more, on a fresh connection.
 */
export async function benchFetch(url: string, cookie: string): Promise<Response> {
  try {
    return await fetch(url, { headers: { Cookie: cookie }, redirect: 'manual' });
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code !== 'UND_ERR_SOCKET' && code !== 'ECONNRESET') throw error;
    return fetch(url, { headers: { Cookie: cookie }, redirect: 'manual' });
  }
}
