import { expect, test } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { bodyRows, csvRecords, dbValue, download, range, sum } from '../support/tables';

// A donor reaches nothing it does not fund: not through the table, its URL state, the detail
// pages or the exports.
test.use({ storageState: storageStateOf('canada') });

const donorId = (name: string) => dbValue(`select id from donors where name = ?`, name);
const usaActivity = () => dbValue(`select activity_id from activity_donors where donor_id = ?`, donorId('United States'));
const usaEvent = () => dbValue(`select id from events where activity_id = ?`, usaActivity());

test('the activities table holds Canada’s three activities only, whatever the URL asks', async ({ page }) => {
  await page.goto('/activities');
  await expect(range(page)).toHaveText('1–3 of 3');
  await expect(page.getByRole('checkbox', { name: 'Show archived' })).toHaveCount(0);
  await page.goto(`/activities?f.donors=${donorId('United States')}&archived=1`);
  await expect(range(page)).toHaveText('0–0 of 0');
  await expect(page.getByText('Nothing matches this search and these filters.')).toBeVisible();
  await page.goto('/activities?q=Airport');
  await expect(bodyRows(page, 'activities')).toHaveText(['Nothing matches this search and these filters.']);
});

test('searching the events finds Canada’s by their activity’s name, and no one else’s', async ({ page }) => {
  await page.goto('/events');
  await page.getByRole('searchbox', { name: 'Search' }).fill('workshop');
  await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
  await expect(page).toHaveURL(/q=workshop/);
  // Staff find seven; Canada funds the two activities whose four events match.
  await expect(range(page)).toHaveText('1–4 of 4');
  // The word is not in this one's title: its activity's name holds it.
  await expect(bodyRows(page, 'events').filter({ hasText: 'Tourism Security Needs Assessment Mission, Belize City' })).toHaveCount(1);
  await expect(bodyRows(page, 'events').filter({ hasText: 'Airport Access Control Workshop' })).toHaveCount(0);
});

test('another donor’s activity and event are not found', async ({ page }) => {
  for (const path of [`/activities/${usaActivity()}`, `/events/${usaEvent()}`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
});

test('exports hold Canada’s portfolio only, even when the URL asks for more', async ({ page }) => {
  await page.goto(`/activities?f.donors=${donorId('United States')}&archived=1`);
  expect(csvRecords((await download(page, 'Export CSV')).bytes)).toEqual([]);

  await page.goto('/events?archived=1');
  const events = csvRecords((await download(page, 'Export CSV')).bytes);
  expect(events).toHaveLength(4);
  expect(sum(events, 'Total')).toBe(68);

  const response = await page.request.get('/api/export/donors?format=csv&archived=1');
  expect(response.status()).toBe(200);
  expect(csvRecords(await response.body()).map((r) => r.Donor)).toEqual(['Canada']);
  const activities = csvRecords(await (await page.request.get('/api/export/activities?q=Airport')).body());
  expect(activities).toEqual([]);
});

test('the donors index opens the donor’s own profile', async ({ page }) => {
  await page.goto('/donors');
  await expect(page).toHaveURL(new RegExp(`/donors/${donorId('Canada')}$`));
});
