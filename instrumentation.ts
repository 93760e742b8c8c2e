// Runs once when the server starts: a production server without a session secret, or with a
// session lifetime that makes no sense, stops here instead of serving.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { assertSessionSecret, sessionMaxAgeSeconds } = await import('./lib/session-settings');
  try {
    assertSessionSecret();
    sessionMaxAgeSeconds();
  } catch (error) {
    console.error(`DPS Results cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
}
