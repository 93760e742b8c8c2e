import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // `const { omitted: _omitted, ...rest } = value` is how a field is left out of a copy.
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }] } },
  // Links go through components/ui/link.tsx, which turns off prefetching (see there why).
  {
    ignores: ['components/ui/link.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: "Use { Link } from '@/components/ui/link', which does not prefetch." }] }] },
  },
  // Next.js loads next.config.js as CommonJS.
  { files: ['next.config.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  globalIgnores(['.next/**', 'node_modules/**', 'drizzle/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**']),
]);
