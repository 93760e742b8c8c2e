import fs from 'node:fs';
import path from 'node:path';
import { request } from '@playwright/test';
import { storageStateOf } from './accounts';
import { queryTestDatabase } from './database';
import { baseURL } from './environment';

const APP_DIR = path.join(__dirname, '..', '..', 'app');

function filesNamed(dir: string, name: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesNamed(full, name);
    return entry.name === name ? [full] : [];
  });
}

/** The URL pattern of a page or route file: route groups dropped, e.g. "/activities/[id]/edit". */
function patternOf(file: string): string {
  const segments = path.relative(APP_DIR, path.dirname(file)).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return '/' + segments.join('/');
}

/** Every page of the app, read from the source: a new page is covered without editing a list. */
export const pagePatterns = () => filesNamed(APP_DIR, 'page.tsx').map(patternOf).sort();

/** Every route handler of the app, read from the source. */
export const routeHandlerPatterns = () => filesNamed(APP_DIR, 'route.ts').map(patternOf).sort();

const one = (sql: string) => String(queryTestDatabase<{ id: number | string }>(sql)[0]!.id);

// Samples from Canada's portfolio, so that the Canada donor may see them: the access matrix then
// tells what a role may do from what its scope holds.
const canadaActivity = () =>
  one("SELECT min(ad.activity_id) AS id FROM activity_donors ad JOIN donors d ON d.id = ad.donor_id WHERE d.name = 'Canada'");

/** A demo value for each dynamic segment, by the collection it belongs to. */
const samples: Record<string, () => string> = {
  'activities/[id]': canadaActivity,
  'donors/[id]': () => one("SELECT id FROM donors WHERE name = 'Canada'"),
  'events/[id]': () =>
    one("SELECT min(e.id) AS id FROM events e JOIN activity_donors ad ON ad.activity_id = e.activity_id JOIN donors d ON d.id = ad.donor_id WHERE d.name = 'Canada'"),
  'indicators/[id]': () => one('SELECT min(id) AS id FROM indicators'), // only editors open indicators: any will do
  'programs/[id]': () => one(`SELECT program_id AS id FROM activities WHERE id = ${canadaActivity()}`),
  'accounts/[id]': () => one("SELECT id FROM users WHERE email LIKE 'viewer@%'"),
  'countries/[code]': () => 'BZ',
  'import/[batch]': () => one('SELECT max(id) AS id FROM import_batches'),
  'export/[table]': () => 'activities',
};

/** Pages that need a query to show anything: the record a new one belongs to. */
const sampleQueries: Record<string, () => string> = {
  '/events/new': () => `?activity=${canadaActivity()}`,
  '/indicators/new': () => `?activity=${canadaActivity()}`,
};

/** A real URL for a pattern, with demo values in its dynamic segments (and query, if it needs one). */
export function samplePath(pattern: string): string {
  const query = sampleQueries[pattern]?.() ?? '';
  return pattern.replace(/([^/]+)\/(\[[^\]]+\])/g, (whole, collection: string) => {
    const sample = samples[whole];
    if (!sample) throw new Error(`No sample value for ${whole} in ${pattern}: add one to e2e/support/routes.ts`);
    return `${collection}/${sample()}`;
  }) + query;
}

/**
 * The demo data holds no import batch: an editor uploads one of the source reports, as a draft
 * that no figure counts, so that the batch review page has a sample.
 */
export async function ensureImportBatch(): Promise<void> {
  if (queryTestDatabase<{ n: number }>('SELECT count(*) AS n FROM import_batches')[0]!.n > 0) return;
  const seeds = path.join(__dirname, '..', '..', '..', 'shared', 'seeds');
  const file = fs.readdirSync(seeds).find((name) => name.endsWith('.txt'))!;
  const editor = await request.newContext({ baseURL, storageState: storageStateOf('editor') });
  const response = await editor.post('/api/import', {
    multipart: { file: { name: file, mimeType: 'text/plain', buffer: fs.readFileSync(path.join(seeds, file)) } },
  });
  if (!response.ok()) throw new Error(`Could not upload a sample import batch: ${response.status()} ${await response.text()}`);
  await editor.dispose();
}
