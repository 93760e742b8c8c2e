import { expect, test } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { bodyRows, chartTable } from '../dashboard/chart-table';
import { demoIds } from './demo-ids';

test.use({ storageState: storageStateOf('viewer') });

test('a program: summary, objectives, activities, results and figures', async ({ page }) => {
  const ids = demoIds();
  await page.goto(`/programs/${ids.program('Aviation Security Program')}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Aviation Security Program' })).toBeVisible();
  await expect(page.getByText('CICTE · Inter-American Committee against Terrorism')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Program summary' })).toContainText('The CICTE Aviation Security Program aims');
  await expect(page.getByRole('region', { name: 'Objectives' })).toContainText('not stated');
  await expect(page.getByTestId('people-trained-value')).toHaveText('50');

  const activities = await bodyRows(page.getByRole('region', { name: 'Activities' }).getByRole('table'));
  expect(activities.map((row) => row[0]).sort()).toEqual(['Air Cargo Workshop', 'Airport Access Control Workshop']);
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.getByRole('heading', { name: 'Air Cargo Workshop' })).toBeVisible();
  await expect(results).toContainText('22 civil aviation and law enforcement officials (7 female and 15 male)');
  await expect(page.getByText('No indicator is recorded for this program yet.')).toBeVisible();
});

test("a program's indicators against their targets", async ({ page }) => {
  await page.goto(`/programs/${demoIds().program('Inter-American Network for Police Development and Professionalization')}`);
  const rows = await chartTable(page, 'Indicators against their targets');
  expect(rows).toEqual([
    ['Police officers trained in the one-month on-site police course', 'not measured yet', '340', '—'],
    ['Officers trained on the virtual platform', 'not measured yet', '200,000', '—'],
  ]);
});

for (const id of ['abc', '-5', '0', '99999999999999999999', '424242']) {
  test(`an unknown or malformed program id is a 404: ${id}`, async ({ page }) => {
    const response = await page.goto(`/programs/${id}`);
    expect(response?.status()).toBe(404);
  });
}
