import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { mapConcurrently } from '@/test/concurrency';
import { storageStateOf } from '../support/accounts';
import { databaseFingerprint } from '../support/database';
import { baseURL } from '../support/environment';
import { ensureImportBatch, pagePatterns, routeHandlerPatterns, samplePath } from '../support/routes';
import { builtActions, patternOfPageEntry, postAction, serverActionsInSource } from '../support/server-actions';
import { actionAccess, handlerAccess, pageAccess, roles, type PageOutcome, type Role } from './access-matrix';

const storageOf = (role: Role) => (role === 'anonymous' ? undefined : storageStateOf(role === 'donor' ? 'canada' : role));
const contextOf = (role: Role) => playwrightRequest.newContext({ baseURL, storageState: storageOf(role) });

function outcomeOf(status: number, location: string | undefined, ownDonorPath: string): PageOutcome | string {
  if (status === 200) return 'content';
  if (status === 404) return 'not-found';
  if (status >= 300 && status < 400 && location) {
    const target = new URL(location, baseURL);
    if (target.pathname === '/login') return 'login';
    if (target.pathname === '/') return 'home';
    if (target.pathname === ownDonorPath) return 'own-portfolio';
    return `redirect to ${target.pathname}`;
  }
  return `status ${status}`;
}

test.beforeAll(ensureImportBatch);

test('the access matrix names every page, route handler and server action of the source', () => {
  expect(Object.keys(pageAccess).sort()).toEqual(pagePatterns());
  expect(Object.keys(handlerAccess).sort()).toEqual(routeHandlerPatterns());
  expect(Object.keys(actionAccess).sort()).toEqual(serverActionsInSource());
  // …and the build holds exactly those actions, so none is reachable that the matrix misses.
  expect([...builtActions().keys()].sort()).toEqual(serverActionsInSource());
});

/** Requests in flight at once: the checks are independent reads, so they need not wait in turn. */
const IN_FLIGHT = 6;

/** A request context per role, for the checks that run concurrently across roles. */
async function withRoleContexts<T>(check: (contexts: Map<Role, APIRequestContext>) => Promise<T>): Promise<T> {
  const contexts = new Map(await Promise.all(roles.map(async (role) => [role, await contextOf(role)] as const)));
  try {
    return await check(contexts);
  } finally {
    await Promise.all([...contexts.values()].map((context) => context.dispose()));
  }
}

test('every role gets what the matrix says on every page', async () => {
  test.setTimeout(240_000);
  const ownDonorPath = samplePath('/donors/[id]');
  const checks = roles.flatMap((role) => Object.entries(pageAccess).map(([pattern, rule]) => ({ role, pattern, expected: rule[role] })));
  const mismatches = await withRoleContexts((contexts) =>
    mapConcurrently(checks, IN_FLIGHT, async ({ role, pattern, expected }) => {
      const response = await contexts.get(role)!.get(samplePath(pattern), { maxRedirects: 0 });
      const outcome = outcomeOf(response.status(), response.headers()['location'], ownDonorPath);
      return outcome === expected ? null : `${role} ${pattern}: expected ${expected}, got ${outcome}`;
    }),
  );
  expect(mismatches.filter(Boolean)).toEqual([]);
  console.info(`Access matrix: ${checks.length} page checks (${Object.keys(pageAccess).length} pages × ${roles.length} roles)`);
});

/** A file that is no report: an allowed upload is answered with its message and stores nothing. */
const notAReport = { file: { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Nothing to import here.') } };

test('route handlers answer only the roles the matrix allows, and a refusal changes nothing', async () => {
  let checked = 0;
  for (const role of roles) {
    const context = await contextOf(role);
    for (const [pattern, { path, upload, allowed }] of Object.entries(handlerAccess)) {
      const before = databaseFingerprint();
      const url = samplePath(path);
      const response = upload ? await context.post(url, { multipart: notAReport, maxRedirects: 0 }) : await context.get(url, { maxRedirects: 0 });
      const status = response.status();
      const refused = [401, 403, 404].includes(status) || (status === 307 && response.headers()['location']?.includes('/login'));
      expect(status, `${role} ${pattern}`).toBeLessThan(500);
      expect(Boolean(refused), `${role} ${pattern}: ${status}`).toBe(!allowed.includes(role));
      if (!allowed.includes(role) || upload) expect(databaseFingerprint(), `${role} ${pattern}`).toBe(before);
      checked++;
    }
    await context.dispose();
  }
  console.info(`Access matrix: ${checked} route handler checks (${Object.keys(handlerAccess).length} handlers × ${roles.length} roles)`);
});

/** Posts the action from a page of it the role may open, as its form would (else from its first page). */
async function callAction(context: APIRequestContext, role: Role, key: string) {
  const built = builtActions().get(key)!;
  const patterns = built.pages.map(patternOfPageEntry);
  const page = patterns.find((pattern) => pageAccess[pattern]?.[role] === 'content') ?? patterns[0]!;
  return postAction(context, samplePath(page), built.id);
}

test('server actions refuse every role the matrix does not allow, and change nothing', async () => {
  test.setTimeout(240_000);
  const checks = roles.flatMap((role) => Object.entries(actionAccess).map(([key, allowed]) => ({ role, key, allowed })));
  // No call may change anything, allowed or not (none carries a valid form): the database is
  // compared once around all of them, which fails if any one changed it.
  const before = databaseFingerprint();
  await withRoleContexts((contexts) =>
    mapConcurrently(checks, IN_FLIGHT, async ({ role, key, allowed }) => {
      const response = await callAction(contexts.get(role)!, role, key);
      const body = await response.text();
      expect(response.status(), `${role} ${key}`).toBeLessThan(500);
      const refused = body.includes('You are not allowed to do this. Nothing was changed.') || response.headers()['location']?.includes('/login');
      expect(Boolean(refused), `${role} ${key}: ${response.status()} ${body.slice(0, 200)}`).toBe(!allowed.includes(role));
    }),
  );
  expect(databaseFingerprint(), 'a server action call without a valid form changed the database').toBe(before);
  console.info(`Access matrix: ${checks.length} server action checks (${Object.keys(actionAccess).length} actions × ${roles.length} roles)`);
});
