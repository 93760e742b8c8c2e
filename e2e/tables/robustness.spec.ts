import { expect, test } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { seriousViolations } from '../support/axe';
import { range } from '../support/tables';

test.use({ storageState: storageStateOf('viewer') });

test('nasty URL parameters are left out with a clear message, never a server error', async ({ page }) => {
  const nasty = [
    'page=-1',
    'size=100000',
    'sort=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    "f.program=1%20or%201%3D1",
    'f.start.from=2020-01-01&f.start.to=2010-01-01',
    `q=${'x'.repeat(3000)}`,
  ].join('&');
  const response = await page.goto(`/activities?${nasty}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText('Part of the address could not be read and was left out')).toBeVisible();
  await expect(range(page)).toHaveText('1–13 of 13');

  for (const table of ['programs', 'events', 'donors']) {
    expect((await page.goto(`/${table}?page=99999&sort=-nope&f.total.min=abc&q=%27%3B--`))?.status()).toBe(200);
  }
  await page.goto("/events?q=%25'%20or%201%3D1--");
  await expect(range(page)).toHaveText('0–0 of 0');
  const exported = await page.request.get("/api/export/events?q=%25'%3B%20drop%20table%20events%3B--&page=-3&f.date.from=x");
  expect(exported.status()).toBe(200);
});

test('a malformed, unknown or huge id is not found', async ({ page }) => {
  for (const path of ['/activities/abc', '/activities/0', '/activities/-1', '/activities/99999999999999999999', '/events/1e3', '/events/999999']) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  expect((await page.request.get('/api/export/nothing')).status()).toBe(404);
  expect((await page.request.get('/api/export/events?format=pdf')).status()).toBe(400);
});

test('a page past the last one shows the last page', async ({ page }) => {
  await page.goto('/events?size=5&page=40');
  await expect(range(page)).toHaveText('11–12 of 12');
});

test('tables and detail pages have no serious accessibility violation', async ({ page }) => {
  test.setTimeout(90_000); // six axe scans
  for (const path of ['/activities', '/programs', '/events?f.kind=workshop', '/donors', '/activities/3', '/events/5']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(page), path).toEqual([]);
  }
});

test('the tables work from the keyboard: sort, filter and page without a mouse', async ({ page }) => {
  await page.goto('/events?size=10');
  await page.getByRole('link', { name: 'Sort by Women, ascending' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=women/);
  await page.getByRole('searchbox', { name: 'Search' }).focus();
  await page.keyboard.type('workshop');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q=workshop/);
  await expect(range(page)).toHaveText('1–7 of 7');
});

test('the tables speak Spanish too', async ({ page }) => {
  await page.goto('/events');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eventos' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Exportar CSV' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
});
