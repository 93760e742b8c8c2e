import { expect, test } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { bodyRows, chartTable } from '../dashboard/chart-table';
import { demoIds } from './demo-ids';

test.use({ storageState: storageStateOf('viewer') });

test('the countries index lists all 35 member states, those with no activity too', async ({ page }) => {
  await page.goto('/countries');
  await expect(page.getByRole('heading', { level: 1, name: 'Countries' })).toBeVisible();
  const rows = await bodyRows(page.getByRole('table'));
  expect(rows).toHaveLength(35);
  expect(rows).toContainEqual(['Belize', 'Central America', '6', '23', '1', '22', '0']);
  expect(rows).toContainEqual(['Argentina', 'South America', '0', '0', '0', '0', '0']);
  expect(rows.filter((row) => row[2] !== '0')).toHaveLength(11);
});

test("a country's profile: figures, chart by year, activities with dates and donors, events by gender", async ({ page }) => {
  await page.goto('/countries');
  await page.getByRole('link', { name: 'Belize' }).click();
  await expect(page).toHaveURL(/\/countries\/BZ$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Belize' })).toBeVisible();
  await expect(page.getByTestId('people-trained-value')).toHaveText('23');
  await expect(page.getByTestId('activities-value')).toHaveText('6');
  expect(await chartTable(page, 'People trained by year')).toEqual([['Date not stated', '1', '22', '0', '23']]);

  const activities = page.getByRole('region', { name: 'Activities' });
  const port = activities.getByRole('link', { name: 'Port Evaluations and Assessments' });
  await expect(port).toHaveAttribute('href', `/activities/${demoIds().activity('Port Evaluations and Assessments')}`);
  await expect(activities.getByRole('row', { name: /Port Evaluations and Assessments/ })).toContainText('April 12, 2017 – December 31, 2017');
  await expect(activities.getByRole('row', { name: /Port Evaluations and Assessments/ })).toContainText('Canada (amount not stated)');

  const events = await bodyRows(page.getByRole('region', { name: 'Events' }).getByRole('table'));
  expect(events).toEqual([
    ['Tourism Security Needs Assessment Mission, Belize City', 'Assessment mission', 'not stated', 'not stated', 'not stated', 'not stated', 'not stated'],
    ['Tourism Security Workshop, Belize Cityapproximate count', 'Workshop', 'not stated', '1', '22', '0', '23'],
  ]);
});

test('a country with no activity has a profile that says so', async ({ page }) => {
  await page.goto('/countries/AR');
  await expect(page.getByRole('heading', { level: 1, name: 'Argentina' })).toBeVisible();
  await expect(page.getByTestId('people-trained-value')).toHaveText('0');
  await expect(page.getByText('No activity to show.')).toBeVisible();
  await expect(page.getByText('No people trained in this selection.')).toBeVisible();
});

test('names are in Spanish for a Spanish reader', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'es', url: baseURL }]);
  await page.goto('/countries/BZ');
  await expect(page.getByRole('heading', { level: 1, name: 'Belice' })).toBeVisible();
  await expect(page.getByText('Centroamérica')).toBeVisible();
});

for (const code of ['ZZ', 'zzz', '%3Cscript%3E', '1', "B'"]) {
  test(`an unknown or malformed country code is a 404: ${code}`, async ({ page }) => {
    const response = await page.goto(`/countries/${code}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
}
