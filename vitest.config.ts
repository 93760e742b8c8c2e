import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**'],
    environment: 'node',
    // The demo database is built once for the run; tests copy it. Every test database lives under
    // one temporary directory, removed when the run ends.
    globalSetup: ['test/global-setup.ts'],
    // Vitest's default leaves one of this machine's two cores idle; every test has its own database.
    maxWorkers: 2,
    // Building a demo database hashes a password with bcrypt; generous limits keep a busy machine green.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
