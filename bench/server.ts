import { spawn } from 'node:child_process';
import net from 'node:net';
import { DEMO_PASSWORD } from '@/db/seed';

// The production server, started for a benchmark on a free loopback port against a given
// database file, and signed-in sessions for it.

export interface BenchServer {
  base: string;
  /** The process whose memory is measured: `next start` serves in this process. */
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

/** Starts `next start` (the build must exist) and waits until it answers. */
export async function startServer(databaseFile: string, env: Record<string, string> = {}): Promise<BenchServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn('node', ['node_modules/next/dist/bin/next', 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, DATABASE_PATH: databaseFile, NEXTAUTH_SECRET: 'bench-only-secret-of-enough-length', NEXTAUTH_URL: base, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-child.pid!);
    } catch {
      // already gone
    }
  };
  for (let i = 0; ; i++) {
    if (i > 240) {
      stop();
      throw new Error('The server did not start within 2 minutes');
    }
    if (await fetch(`${base}/login`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return { base, pid: child.pid!, stop };
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
