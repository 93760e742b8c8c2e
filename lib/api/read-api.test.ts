import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { createApiToken, revokeApiToken } from '@/db/mutations/api-tokens';
import { apiTokens, users } from '@/db/schema';
import type { Viewer } from '@/db/viewer';
import { openDemoDatabase } from '@/test/temp-database';

// The read API's route handlers as Next.js runs them, without the proxy in front, against the
// demo data: the token resolves to its owner's viewer and the answers are the screens' queries.
const context = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock('server-only', () => ({}));
vi.mock('@/auth', () => ({ getAccount: async () => null }));
vi.mock('@/db', () => ({
  get db() {
    return context.db;
  },
}));

const { apiHandlers } = await import('./handlers');
const { iatiActivitiesFile } = await import('./iati-handler');
const { apiGet } = await import('./route');
const { RateLimiter } = await import('./rate-limit');

type Json = { data: { id: number }[] & Record<string, unknown>; page: { total: number; limit: number; nextCursor: string | null }; errors?: { parameter: string }[]; status?: number };

const routes = {
  activities: apiGet(apiHandlers.listActivities),
  activity: apiGet(apiHandlers.getActivity),
  events: apiGet(apiHandlers.listEvents),
  event: apiGet(apiHandlers.getEvent),
  dashboard: apiGet(apiHandlers.getDashboard),
  indicators: apiGet(apiHandlers.listIndicators),
  iati: apiGet(iatiActivitiesFile),
};

function call(route: keyof typeof routes, token: string | null, query = '', id?: string) {
  const headers = token === null ? undefined : { Authorization: `Bearer ${token}` };
  return routes[route](new Request(`http://localhost/api/v1/x?${query}`, { headers }), { params: Promise.resolve<Record<string, string>>(id ? { id } : {}) });
}
const json = async (response: Response) => (await response.json()) as Json;

let db: Db;
const userOf = (email: string): Viewer => db.select({ id: users.id, role: users.role, donorId: users.donorId }).from(users).where(eq(users.email, email)).get()!;
const tokenOf = (email: string) => createApiToken(db, { actor: userOf(email), name: `test ${Math.random()}` }).secret;
const ids = (rows: { id: number }[]) => rows.map((r) => r.id).sort((a, b) => a - b);
const fundedBy = (donorId: number) => db.$client.prepare('select activity_id from activity_donors where donor_id = ? order by 1').pluck().all(donorId) as number[];

beforeAll(() => {
  db = openDemoDatabase();
  context.db = db;
});
beforeEach(() => {
  (globalThis as { dpsApiRateLimiter?: unknown }).dpsApiRateLimiter = new RateLimiter({ limit: 1000, windowMs: 60_000 });
});

describe('authentication', () => {
  it('refuses a request without a token, with a malformed one and with an unknown one', async () => {
    for (const token of [null, 'nonsense', `dps_${'a'.repeat(43)}`]) {
      const response = await call('activities', token);
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect((await json(response)).status).toBe(401);
    }
  });

  it('refuses a revoked token and a deactivated owner at once, and notes the last use', async () => {
    const viewer = userOf('viewer@demo.dps-results.org');
    const { id, secret } = createApiToken(db, { actor: viewer, name: 'to revoke' });
    expect((await call('activities', secret)).status).toBe(200);
    expect(db.select({ at: apiTokens.lastUsedAt }).from(apiTokens).where(eq(apiTokens.id, id)).get()!.at).not.toBeNull();
    revokeApiToken(db, { actor: viewer, id });
    expect((await call('activities', secret)).status).toBe(401);

    const editorToken = tokenOf('editor@demo.dps-results.org');
    db.update(users).set({ isActive: false }).where(eq(users.email, 'editor@demo.dps-results.org')).run();
    expect((await call('activities', editorToken)).status).toBe(401);
    db.update(users).set({ isActive: true }).where(eq(users.email, 'editor@demo.dps-results.org')).run();
    expect((await call('activities', editorToken)).status).toBe(200);
  });
});

describe('lists and cursors', () => {
  it('pages through every activity by cursor, each once, as the table counts them', async () => {
    const token = tokenOf('viewer@demo.dps-results.org');
    const seen: number[] = [];
    let query = 'limit=5&sort=name';
    for (let page = 0; page < 10; page++) {
      const body = await json(await call('activities', token, query));
      expect(body.page.total).toBe(13);
      seen.push(...body.data.map((r) => r.id));
      if (!body.page.nextCursor) break;
      query = `limit=5&sort=name&cursor=${body.page.nextCursor}`;
    }
    expect(seen).toHaveLength(13);
    expect(new Set(seen).size).toBe(13);
  });

  it('refuses a cursor sent with other filters, and a made-up one', async () => {
    const token = tokenOf('viewer@demo.dps-results.org');
    const { page } = await json(await call('activities', token, 'limit=5'));
    for (const query of [`limit=10&cursor=${page.nextCursor}`, 'cursor=abc', `cursor=${Buffer.from('{"p":2,"q":"0000000000000000"}').toString('base64url')}`]) {
      const body = await json(await call('activities', token, query));
      expect(body.status).toBe(400);
      expect(body.errors!.map((e) => e.parameter)).toEqual(['cursor']);
    }
  });

  it('pages through the indicators by cursor, each once, in the order of the whole list, with the dashboard filters', async () => {
    const token = tokenOf('viewer@demo.dps-results.org');
    const whole = await json(await call('indicators', token));
    expect(whole.page).toEqual({ total: 4, limit: 25, nextCursor: null });
    const seen: number[] = [];
    let query = 'limit=1';
    for (let page = 0; page < 10 && query; page++) {
      const body = await json(await call('indicators', token, query));
      expect(body.page.total).toBe(4);
      seen.push(...body.data.map((r) => r.id));
      query = body.page.nextCursor ? `limit=1&cursor=${body.page.nextCursor}` : '';
    }
    expect(seen).toEqual(whole.data.map((r) => r.id));
    const country = db.$client.prepare('select country_code from activity_countries where activity_id = (select activity_id from indicators order by id limit 1)').pluck().get() as string;
    const inCountry = await json(await call('indicators', token, `country=${country}`));
    expect(inCountry.page.total).toBeGreaterThan(0);
    expect(inCountry.page.total).toBeLessThanOrEqual(4);
    for (const query of ['limit=0', 'limit=101', 'cursor=abc', 'country=ZZ', 'page=2', `limit=1&cursor=${(await json(await call('indicators', token, 'limit=2'))).page.nextCursor}`]) {
      expect((await call('indicators', token, query)).status, query).toBe(400);
    }
  });

  it('answers 400 naming every bad parameter, whatever is sent', async () => {
    const token = tokenOf('viewer@demo.dps-results.org');
    const body = await json(await call('activities', token, `f.status=bogus&zzz=1&limit=0&f.start.from=2020-13-01&q=${'x'.repeat(500)}&sort=-nothing&f.name=a&f.name=b`));
    expect(body.status).toBe(400);
    expect(body.errors!.map((e) => e.parameter).sort()).toEqual(['f.name', 'f.start.from', 'f.status', 'limit', 'q', 'sort', 'zzz'].sort());
    for (const query of ["f.name=' OR 1=1 --", 'f.name=<script>alert(1)</script>', 'f.trained.min=-5']) {
      expect((await call('activities', token, query)).status).toBe(200);
    }
    expect((await call('activity', token, '', '-1')).status).toBe(404);
    expect((await call('activity', token, '', '99999999999')).status).toBe(404);
    expect((await call('dashboard', token, 'from=2020-01-01&to=2019-01-01')).status).toBe(400);
  });
});

describe("a donor's token", () => {
  it('reaches its own portfolio only, by list, id, filter and cursor', async () => {
    const canada = userOf('canada@demo.dps-results.org');
    const usa = userOf('usa@demo.dps-results.org');
    const token = tokenOf('canada@demo.dps-results.org');
    const own = fundedBy(canada.donorId!);
    const foreign = fundedBy(usa.donorId!);

    const list = await json(await call('activities', token, 'limit=100'));
    expect(ids(list.data)).toEqual(own);
    expect(list.page.total).toBe(3);
    // Filtering by another donor selects nothing; asking for its activity by id is a 404 like an unknown id.
    expect((await json(await call('activities', token, `f.donors=${usa.donorId}`))).data).toEqual([]);
    for (const id of foreign) expect((await call('activity', token, '', String(id))).status).toBe(404);
    expect((await call('activity', token, '', String(own[0]))).status).toBe(200);
    const foreignEvent = db.$client.prepare('select id from events where activity_id = ?').pluck().get(foreign[0]) as number;
    expect((await call('event', token, '', String(foreignEvent))).status).toBe(404);
    // A cursor from a staff token's query does not widen a donor's: the scope applies to every page.
    const staff = await json(await call('activities', tokenOf('viewer@demo.dps-results.org'), 'limit=1'));
    const paged = await json(await call('activities', token, `limit=1&cursor=${staff.page.nextCursor}`));
    expect(paged.data.every((r) => own.includes(r.id))).toBe(true);
    // The dashboard refuses a donor filter outside the portfolio, like the screens drop it.
    const dashboard = await json(await call('dashboard', token, `donor=${usa.donorId}`));
    expect(dashboard.errors!.map((e) => e.parameter)).toEqual(['donor']);
    const figures = (await json(await call('dashboard', token))).data as unknown as { figures: { peopleTrained: number; activities: number } };
    expect(figures.figures).toMatchObject({ peopleTrained: 68, activities: 3 });
    // And its IATI file holds none of another donor's activities.
    const xml = await (await call('iati', token)).text();
    for (const id of foreign) expect(xml).not.toContain(`<iati-identifier>XI-IATI-OAS-${id}</iati-identifier>`);
  });
});

describe('the rate limit', () => {
  it('answers 429 with Retry-After past the limit, per token', async () => {
    (globalThis as { dpsApiRateLimiter?: unknown }).dpsApiRateLimiter = new RateLimiter({ limit: 2, windowMs: 60_000 });
    const token = tokenOf('viewer@demo.dps-results.org');
    expect((await call('activities', token)).status).toBe(200);
    expect((await call('activities', token)).status).toBe(200);
    const refused = await call('activities', token);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await call('activities', tokenOf('viewer@demo.dps-results.org'))).status).toBe(200);
  });
});
