import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { seriousViolations } from '../support/axe';
import { queryTestDatabase } from '../support/database';
import { openForm } from '../support/locators';

// The token page, the API reference and the IATI download, reached through the UI in English
// and in Spanish.

test.use({ storageState: storageStateOf('canada') });
// Several pages, downloads and axe runs: generous on a busy machine.
test.describe.configure({ timeout: 90_000 });

async function toSpanish(page: Page) {
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
}

test('the API reference is reached from the navigation and lists every endpoint, in both languages', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Read API reference' })).toBeVisible();
  const document = await (await page.request.get('/api/v1/openapi.json')).json();
  for (const path of Object.keys(document.paths)) await expect(page.getByRole('heading', { level: 3, name: `GET /api/v1${path}`, exact: true })).toBeVisible();
  const activities = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'GET /api/v1/activities', exact: true }) });
  await expect(activities.getByRole('rowheader', { name: 'f.status', exact: true })).toBeVisible();
  await expect(activities.getByRole('row', { name: /f\.status/ })).toContainText('planned | ongoing | completed | not_stated');
  await expect(activities.getByRole('row', { name: /f\.status/ })).toContainText('Status is this value.');
  await expect(activities.getByRole('rowheader', { name: 'shareOfWomen', exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await toSpanish(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Referencia de la API de lectura' })).toBeVisible();
  await expect(page.getByText('Actividades, con los filtros, la búsqueda y el orden de la tabla de actividades.')).toBeVisible();
  await expect(page.getByRole('row', { name: /f\.status/ }).first()).toContainText('Estado es este valor.');
  await page.getByRole('button', { name: 'English' }).click();
});

test('the token page creates, lists and revokes tokens, in Spanish too, and is accessible', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Profile and tokens' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  await expect(page.getByText('Canada', { exact: false }).first()).toBeVisible();

  // An empty name is refused beside the field and creates nothing.
  const before = queryTestDatabase<{ n: number }>('select count(*) as n from api_tokens')[0]!.n;
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByText('Fill in this field.')).toBeVisible();
  expect(queryTestDatabase<{ n: number }>('select count(*) as n from api_tokens')[0]!.n).toBe(before);
  expect(await seriousViolations(page)).toEqual([]);

  await toSpanish(page);
  await openForm(page, '/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Su perfil' })).toBeVisible();
  const name = `<b>Tablero</b> ${Date.now()}`;
  await page.getByLabel('Nombre del token').fill(name);
  await page.getByRole('button', { name: 'Crear token' }).click();
  await expect(page.getByRole('status')).toContainText(`Token "${name}" creado.`);
  await expect(page.getByText('Cópielo ahora: solo se muestra esta vez.')).toBeVisible();
  const secret = (await page.getByTestId('new-token').textContent())!;
  const stored = queryTestDatabase<{ hash: string; prefix: string }>('select secret_hash as hash, prefix from api_tokens where name = ?', name)[0]!;
  expect(stored.hash).not.toContain(secret);
  expect(secret.startsWith(stored.prefix)).toBe(true);
  const row = page.getByTestId('token-row').filter({ hasText: name });
  await expect(row).toContainText('nunca');
  expect(await seriousViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath('profile-390-es.png'), fullPage: true });
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);

  await row.getByRole('button', { name: `Revocar el token ${name}` }).click();
  await expect(row).toContainText('Revocado');
  const audit = queryTestDatabase<{ action: string }>(
    "select action from audit_events where entity_type = 'api_token' and entity_id = (select cast(id as text) from api_tokens where name = ?) order by id",
    name,
  );
  expect(audit.map((a) => a.action)).toEqual(['create', 'revoke']);
  await page.getByRole('button', { name: 'English' }).click();
});

test("the IATI download beside the exports holds what the filters select, in the donor's scope", async ({ page }) => {
  await page.goto('/activities?f.countries=BZ');
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'IATI file', exact: true }).click()]);
  expect(file.suggestedFilename()).toMatch(/^iati-activities-\d{4}-\d{2}-\d{2}\.xml$/);
  const xml = fs.readFileSync((await file.path())!, 'utf8');
  const published = [...xml.matchAll(/<iati-identifier>[^<]*-(\d+)<\/iati-identifier>/g)].map((m) => Number(m[1]));
  const expected = queryTestDatabase<{ id: number }>(
    `select a.id from activities a join activity_countries c on c.activity_id = a.id and c.country_code = 'BZ'
     join activity_donors d on d.activity_id = a.id join users u on u.donor_id = d.donor_id and u.email = 'canada@demo.dps-results.org'
     where a.archived_at is null and (a.commencement_date is not null or a.completion_date is not null
       or exists (select 1 from events e where e.activity_id = a.id and e.archived_at is null and e.start_date is not null))`,
  ).map((r) => r.id);
  expect(published.sort()).toEqual(expected.sort());
  expect(published.length).toBeGreaterThan(0);

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: test.info().outputPath('activities-iati-1440.png') });
  await toSpanish(page);
  const [spanish] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Archivo IATI', exact: true }).click()]);
  expect(fs.readFileSync((await spanish.path())!, 'utf8')).toContain('<iati-activities version="2.03"');
  await page.getByRole('button', { name: 'English' }).click();
});
