// Server start on Node.js (see instrumentation.ts).
import { mapGeometry } from './lib/map/geometry';
import { assertSessionSecret, sessionMaxAgeSeconds } from './lib/session-settings';

// A production server without a session secret, or with a session lifetime that makes no
// sense, stops here instead of serving.
try {
  assertSessionSecret();
  sessionMaxAgeSeconds();
} catch (error) {
  console.error(`DPS Results cannot start: ${(error as Error).message}`);
  process.exit(1);
}

// Projecting the map takes about a second: done now, the first dashboard after a restart (often
// a user's first page after signing in) does not wait for it.
mapGeometry();
