// Runs once when the server starts, before it answers any request.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // Projecting the map takes about a second: done now, the first dashboard after a restart
    // (often a user's first page after signing in) does not wait for it.
    const { mapGeometry } = await import('./lib/map/geometry');
    mapGeometry();
  }
}
