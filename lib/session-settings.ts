/** How long a session lasts: SESSION_MAX_AGE_HOURS, by default one working day (8 hours). */
export function sessionMaxAgeSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const hours = Number(env.SESSION_MAX_AGE_HOURS ?? 8);
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30) {
    throw new Error(`SESSION_MAX_AGE_HOURS must be a number of hours between 0 and 720, not "${env.SESSION_MAX_AGE_HOURS}"`);
  }
  return Math.round(hours * 3600);
}

/** The production server refuses to start without its own secret to sign sessions with. */
export function assertSessionSecret(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV !== 'production') return;
  const secret = env.NEXTAUTH_SECRET ?? '';
  if (secret.length < 32) {
    throw new Error('NEXTAUTH_SECRET must be set to a random value of at least 32 characters to run in production (npm start writes one to .env.local)');
  }
}
