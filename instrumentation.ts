// Runs once when the server starts, before it answers any request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // A production server without a session secret, or with a session lifetime that makes no
  // sense, stops here instead of serving.
  const { assertSessionSecret, sessionMaxAgeSeconds } = await import('./lib/session-settings');
  try {
    assertSessionSecret();
    sessionMaxAgeSeconds();
  } catch (error) {
    console.error(`DPS Results cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
  // Projecting the map takes about a second: done now, the first dashboard after a restart
  // (often a user's first page after signing in) does not wait for it.
  const { mapGeometry } = await import('./lib/map/geometry');
  mapGeometry();
}
