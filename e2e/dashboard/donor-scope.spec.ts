import { expect, test } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { demoIds } from '../profiles/demo-ids';
import { chartTable } from './chart-table';

// Canada funds three activities: the Belize port assessment and the two tourism sheets
// (68 trained: 1 woman, 22 men, 45 not disaggregated, in Belize and Antigua and Barbuda).

test.use({ storageState: storageStateOf('canada') });

test("a donor's charts count its portfolio only", async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('people-trained-value')).toHaveText('68');
  expect(await chartTable(page, 'People trained by country')).toEqual([
    ['Antigua and Barbuda', '0', '0', '45', '45'],
    ['Belize', '1', '22', '0', '23'],
  ]);
  expect(await chartTable(page, 'People trained by program')).toEqual([['Tourism Security Program', '1', '22', '45', '68']]);
});

test('the donor filter offers the donor itself and nothing else', async ({ page }) => {
  await page.goto('/');
  const donor = page.getByRole('form', { name: 'Filters' }).getByLabel('Donor');
  await expect(donor.getByRole('option')).toHaveText(['All', 'Canada']);
});

test("editing the URL cannot widen a donor's scope", async ({ page }) => {
  const ids = demoIds();
  // Another donor: ignored with a notice, and the view stays Canada's.
  await page.goto(`/?donor=${ids.donor('United States')}`);
  await expect(page.getByTestId('ignored-filters')).toContainText('Donor');
  await expect(page.getByTestId('people-trained-value')).toHaveText('68');

  // A program Canada does not fund is not offered, so it is ignored likewise.
  await page.goto(`/?program=${ids.program('Aviation Security Program')}`);
  await expect(page.getByTestId('ignored-filters')).toContainText('Program');
  await expect(page.getByTestId('people-trained-value')).toHaveText('68');

  // A country outside the portfolio narrows to nothing rather than showing another donor's work.
  await page.goto('/?country=SV');
  await expect(page.getByTestId('people-trained-value')).toHaveText('0');
  await expect(page.getByTestId('activities-value')).toHaveText('0');
});

test("a donor reaches its own profile and a 404 for any other donor's or program outside its portfolio", async ({ page }) => {
  const ids = demoIds();
  await page.goto(`/donors/${ids.donor('Canada')}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Canada' })).toBeVisible();

  for (const path of [
    `/donors/${ids.donor('United States')}`,
    `/donors/${ids.donor('CAF - Development Bank of Latin America')}`,
    `/programs/${ids.program('Aviation Security Program')}`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
});
