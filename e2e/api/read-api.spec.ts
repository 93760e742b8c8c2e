import { expect, test, type APIRequestContext } from '@playwright/test';
import { accountKeys, demoAccount, type AccountKey } from '../support/accounts';
import { bearer, createTokenAs, createTokenOnPage } from '../support/api-tokens';
import { queryTestDatabase } from '../support/database';
import { storageStateOf } from '../support/accounts';

// Every endpoint of the read API called with a token of each demo account, created through the
// profile page, and each answer compared with the throw-away database read directly.

type Page = { data: { id: number }[]; page: { total: number; limit: number; nextCursor: string | null } };

const donorIdOf = (key: AccountKey) =>
  queryTestDatabase<{ donorId: number | null }>('select donor_id as donorId from users where email = ?', demoAccount(key).email)[0]!.donorId;

/** Live activities the account may see: all for staff, those its organisation funds for a donor. */
function visibleActivityIds(key: AccountKey): number[] {
  const donorId = donorIdOf(key);
  const rows = donorId
    ? queryTestDatabase<{ id: number }>('select a.id from activities a join activity_donors d on d.activity_id = a.id where a.archived_at is null and d.donor_id = ? order by a.id', donorId)
    : queryTestDatabase<{ id: number }>('select id from activities where archived_at is null order by id');
  return rows.map((r) => r.id);
}

const inList = (ids: number[]) => (ids.length ? ids.join(',') : 'null');
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

async function getJson<T>(request: APIRequestContext, token: string, path: string): Promise<T> {
  const response = await request.get(`/api/v1${path}`, { headers: bearer(token) });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
  return (await response.json()) as T;
}

/** Every id a list endpoint answers, following the cursors. */
async function allIds(request: APIRequestContext, token: string, path: string): Promise<number[]> {
  const ids: number[] = [];
  let query = 'limit=5';
  for (;;) {
    const body = await getJson<Page>(request, token, `${path}?${query}`);
    ids.push(...body.data.map((r) => r.id));
    if (!body.page.nextCursor) return ids;
    query = `limit=5&cursor=${body.page.nextCursor}`;
  }
}

for (const key of accountKeys) {
  test(`a token of ${key} reads every endpoint as ${key} sees it`, async ({ browser, request }) => {
    const token = await createTokenAs(browser, key);
    const activities = visibleActivityIds(key);
    const scope = inList(activities);

    expect(sorted(await allIds(request, token, '/activities'))).toEqual(activities);
    const first = await getJson<{ data: { id: number; name: string; indicators: unknown[] } }>(request, token, `/activities/${activities[0]}`);
    expect(first.data.name).toBe(queryTestDatabase<{ name: string }>('select name from activities where id = ?', activities[0])[0]!.name);

    const events = queryTestDatabase<{ id: number }>(`select id from events where archived_at is null and activity_id in (${scope}) order by id`).map((r) => r.id);
    expect(sorted(await allIds(request, token, '/events'))).toEqual(events);
    if (events.length) expect((await getJson<{ data: { id: number } }>(request, token, `/events/${events[0]}`)).data.id).toBe(events[0]);

    const programs = queryTestDatabase<{ id: number }>(
      `select distinct p.id from programs p ${key === 'canada' || key === 'usa' ? `join activities a on a.program_id = p.id and a.id in (${scope})` : ''} where p.archived_at is null order by p.id`,
    ).map((r) => r.id);
    expect(sorted(await allIds(request, token, '/programs'))).toEqual(programs);

    const donorId = donorIdOf(key);
    const donors = donorId ? [donorId] : queryTestDatabase<{ id: number }>('select id from donors where archived_at is null order by id').map((r) => r.id);
    expect(sorted(await allIds(request, token, '/donors'))).toEqual(donors);

    const trained = queryTestDatabase<{ n: number }>(
      `select coalesce(sum(coalesce(women,0)+coalesce(men,0)+coalesce(not_disaggregated,0)),0) as n from events where archived_at is null and kind in ('training_course','workshop') and activity_id in (${scope})`,
    )[0]!.n;
    const dashboard = await getJson<{ data: { figures: { peopleTrained: number; activities: number } } }>(request, token, '/dashboard');
    expect(dashboard.data.figures).toMatchObject({ peopleTrained: trained, activities: activities.length });
    const countries = await getJson<{ data: { code: string; total: number }[] }>(request, token, '/countries');
    expect(countries.data).toHaveLength(35);
    // Trained people whose event has a country, by country; those without a stated country are in no row.
    const byCountry = queryTestDatabase<{ n: number }>(
      `select coalesce(sum(coalesce(women,0)+coalesce(men,0)+coalesce(not_disaggregated,0)),0) as n from events where archived_at is null and country_code is not null and kind in ('training_course','workshop') and activity_id in (${scope})`,
    )[0]!.n;
    expect(countries.data.reduce((total, c) => total + c.total, 0)).toBe(byCountry);

    const indicators = queryTestDatabase<{ id: number }>(`select id from indicators where archived_at is null and activity_id in (${scope}) order by id`).map((r) => r.id);
    const indicatorPage = await getJson<{ data: { id: number }[]; page: { total: number } }>(request, token, '/indicators?limit=100');
    expect(sorted(indicatorPage.data.map((i) => i.id))).toEqual(indicators);
    expect(indicatorPage.page.total).toBe(indicators.length);

    const xml = await request.get('/api/v1/iati/activities.xml', { headers: bearer(token) });
    expect(xml.status()).toBe(200);
    expect(xml.headers()['content-type']).toContain('application/xml');
    const published = [...(await xml.text()).matchAll(/<iati-identifier>[^<]*-(\d+)<\/iati-identifier>/g)].map((m) => Number(m[1]));
    expect(published.length).toBeGreaterThan(0);
    expect(published.every((id) => activities.includes(id))).toBe(true);

    // Tokens only read: no method but GET exists.
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      expect((await request[method]('/api/v1/activities', { headers: bearer(token) })).status()).toBe(405);
    }
  });
}

test("a donor's token cannot reach another donor's records by filter, id or cursor", async ({ browser, request }) => {
  const token = await createTokenAs(browser, 'canada');
  const own = visibleActivityIds('canada');
  const foreign = visibleActivityIds('usa');
  const usaId = donorIdOf('usa');
  expect((await getJson<Page>(request, token, `/activities?f.donors=${usaId}`)).data).toEqual([]);
  for (const id of foreign) {
    const response = await request.get(`/api/v1/activities/${id}`, { headers: bearer(token) });
    expect(response.status()).toBe(404);
    expect(response.headers()['content-type']).toBe('application/problem+json');
  }
  const foreignEvent = queryTestDatabase<{ id: number }>(`select id from events where activity_id in (${inList(foreign)}) limit 1`)[0]!.id;
  expect((await request.get(`/api/v1/events/${foreignEvent}`, { headers: bearer(token) })).status()).toBe(404);
  const dashboard = await request.get(`/api/v1/dashboard?donor=${usaId}`, { headers: bearer(token) });
  expect(dashboard.status()).toBe(400);
  expect((await dashboard.json()).errors).toEqual([expect.objectContaining({ parameter: 'donor' })]);

  // A staff token's cursor, replayed by the donor: every page is scoped again.
  const staff = await createTokenAs(browser, 'viewer');
  const staffPage = await getJson<Page>(request, staff, '/activities?limit=1');
  const replayed = await getJson<Page>(request, token, `/activities?limit=1&cursor=${staffPage.page.nextCursor}`);
  expect(replayed.data.every((r) => own.includes(r.id))).toBe(true);
  expect(replayed.page.total).toBe(own.length);
});

test('bad parameters get 400 with a problem document naming each one', async ({ browser, request }) => {
  const token = await createTokenAs(browser, 'viewer');
  const response = await request.get('/api/v1/activities?f.status=bogus&limit=1000&page=2&f.start.from=2020-13-01', { headers: bearer(token) });
  expect(response.status()).toBe(400);
  expect(response.headers()['content-type']).toBe('application/problem+json');
  const body = await response.json();
  expect(body).toMatchObject({ status: 400, title: 'Invalid parameters' });
  expect(body.errors.map((e: { parameter: string }) => e.parameter).sort()).toEqual(['f.start.from', 'f.status', 'limit', 'page']);
  for (const path of ['/events?cursor=%3Cscript%3E', "/programs?f.name=%27%20OR%201%3D1", '/dashboard?from=2020-01-01&to=2019-01-01', '/countries?x=1']) {
    const status = (await request.get(`/api/v1${path}`, { headers: bearer(token) })).status();
    expect([200, 400], path).toContain(status);
  }
  expect((await request.get('/api/v1/activities/abc', { headers: bearer(token) })).status()).toBe(404);
});

test('without a token, or with a revoked one, the API answers 401 and never redirects to sign-in', async ({ browser, request }) => {
  const anonymous = await request.get('/api/v1/activities', { maxRedirects: 0 });
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()['www-authenticate']).toContain('Bearer');

  const context = await browser.newContext({ storageState: storageStateOf('editor') });
  const page = await context.newPage();
  const name = `to revoke ${Date.now()}`;
  const token = await createTokenOnPage(page, name);
  expect((await request.get('/api/v1/activities', { headers: bearer(token), maxRedirects: 0 })).status()).toBe(200);

  // The list shows when it was last used, then the revoke button refuses it at once.
  await page.reload();
  const row = page.getByTestId('token-row').filter({ hasText: name });
  await expect(row.getByRole('cell').nth(2)).not.toHaveText('never');
  await row.getByRole('button', { name: `Revoke token ${name}` }).click();
  await expect(row).toContainText('Revoked');
  const refused = await request.get('/api/v1/activities', { headers: bearer(token), maxRedirects: 0 });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).type).toBe('/api-reference#problem-unauthorized');
  await context.close();
});

test('each token is rate-limited: 429 with Retry-After past the limit', async ({ browser, request }) => {
  const token = await createTokenAs(browser, 'viewer');
  const limit = 40; // API_RATE_LIMIT in playwright.config.ts
  const statuses: number[] = [];
  for (let i = 0; i <= limit; i++) statuses.push((await request.get('/api/v1/countries', { headers: bearer(token) })).status());
  expect(statuses.slice(0, limit).every((s) => s === 200)).toBe(true);
  const last = await request.get('/api/v1/countries', { headers: bearer(token) });
  expect(last.status()).toBe(429);
  expect(Number(last.headers()['retry-after'])).toBeGreaterThan(0);
  expect((await last.json()).status).toBe(429);
  // Another token of the same account has its own allowance.
  expect((await request.get('/api/v1/countries', { headers: bearer(await createTokenAs(browser, 'viewer')) })).status()).toBe(200);
});
