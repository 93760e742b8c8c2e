import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDemoDatabase } from '@/db/demo-database';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's own temporary directory: every test database lives under it. */
    tempRoot: string;
    /** The demo database, built once per run; tests get copies of it. */
    demoTemplate: string;
  }
}

/** Builds the demo database once for the whole run, and removes every test database after it. */
export default async function setup(project: TestProject): Promise<() => void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dps-results-test-'));
  const template = path.join(root, 'demo-template.db');
  await buildDemoDatabase(template);
  project.provide('tempRoot', root);
  project.provide('demoTemplate', template);
  return () => fs.rmSync(root, { recursive: true, force: true });
}
