import { expect, test } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { bodyRows, chartTable } from '../dashboard/chart-table';
import { demoIds } from './demo-ids';

test.describe('signed in as a viewer', () => {
  test.use({ storageState: storageStateOf('viewer') });

  test("Canada's portfolio: three activities, two countries, 68 trained by gender, amounts not stated", async ({ page }) => {
    await page.goto(`/donors/${demoIds().donor('Canada')}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Canada' })).toBeVisible();
    await expect(page.getByTestId('people-trained-value')).toHaveText('68');
    await expect(page.getByTestId('people-trained')).toContainText('1 woman, 22 men, 45 not disaggregated');
    await expect(page.getByTestId('activities-value')).toHaveText('3');

    const countries = page.getByRole('region', { name: 'Countries reached' });
    await expect(countries.getByRole('link')).toHaveText(['Antigua and Barbuda (1 activity)', 'Belize (2 activities)']);
    expect(await chartTable(page, 'People trained by country')).toEqual([
      ['Antigua and Barbuda', '0', '0', '45', '45'],
      ['Belize', '1', '22', '0', '23'],
    ]);
    const funded = await bodyRows(page.getByRole('region', { name: 'Activities funded' }).getByRole('table'));
    expect(funded).toHaveLength(3);
    for (const row of funded) expect(row[3]).toBe('Canada (amount not stated)');
  });

  for (const id of ['abc', '-1', '0', '1e3', '99999999999999999999', '999999', '1%20OR%201%3D1']) {
    test(`an unknown or malformed donor id is a 404: ${id}`, async ({ page }) => {
      const response = await page.goto(`/donors/${id}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    });
  }
});

test.describe('signed in as the United States', () => {
  test.use({ storageState: storageStateOf('usa') });

  test('its own profile: the airport access control workshop, 28 not disaggregated, no country stated', async ({ page }) => {
    const ids = demoIds();
    await page.goto(`/donors/${ids.donor('United States')}`);
    await expect(page.getByRole('heading', { level: 1, name: 'United States' })).toBeVisible();
    await expect(page.getByTestId('people-trained-value')).toHaveText('28');
    await expect(page.getByText('No country is stated for these activities.')).toBeVisible();
    expect(await chartTable(page, 'People trained by country')).toEqual([['Country not stated', '0', '0', '28', '28']]);

    const response = await page.goto(`/donors/${ids.donor('Canada')}`);
    expect(response?.status()).toBe(404);
  });
});
