import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**'],
    environment: 'node',
    // Building a demo database hashes a password with bcrypt; generous limits keep a busy machine green.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
