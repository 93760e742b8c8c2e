import { expect, test } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { bodyRows, csvRecords, dbValue, download, range, sum } from '../support/tables';

test.use({ storageState: storageStateOf('viewer') });

const total = 'coalesce(women,0)+coalesce(men,0)+coalesce(not_disaggregated,0)';

test('sorts, filters, searches and pages the events', async ({ page }) => {
  await page.goto('/events');
  await expect(range(page)).toHaveText('1–12 of 12');
  await page.getByRole('link', { name: 'Sort by Total, ascending' }).click();
  await page.getByRole('link', { name: 'Sort by Total, descending' }).click();
  await expect(page).toHaveURL(/sort=-total/);
  await expect(bodyRows(page, 'events').first()).toContainText('Risk Management Workshop');

  await page.getByText('Filters (none)').click();
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('workshop');
  await page.getByLabel('Women at least').fill('1');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/f\.kind=workshop/);
  await expect(range(page)).toHaveText('1–2 of 2');

  await page.goto('/events');
  await page.getByRole('searchbox', { name: 'Search' }).fill('ARIN-CARIB');
  await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
  await expect(range(page)).toHaveText('1–3 of 3');

  await page.goto('/events?size=10');
  await page.getByRole('link', { name: 'Last' }).click();
  await expect(range(page)).toHaveText('11–12 of 12');
  await page.getByRole('link', { name: 'First' }).click();
  await expect(range(page)).toHaveText('1–10 of 12');
});

test('a participant count the source does not give reads "not stated", never 0', async ({ page }) => {
  await page.goto('/events?q=Airport Access');
  const row = bodyRows(page, 'events').first();
  await expect(row.locator('td').nth(6)).toHaveText('not stated');
  await expect(row.locator('td').nth(8)).toHaveText('28');
  const records = csvRecords((await download(page, 'Export CSV')).bytes);
  expect(records).toMatchObject([{ Women: '', Men: '', 'Not disaggregated': '28', Total: '28', Modality: 'On site' }]);
});

test('exports every event the filters select, with totals the database agrees with', async ({ page }) => {
  await page.goto('/events?f.country=sub:central_america&size=1');
  await expect(range(page)).toHaveText('1–1 of 4');
  const records = csvRecords((await download(page, 'Export CSV')).bytes);
  const where = `e.archived_at is null and e.country_code in (select code from member_states where subregion = 'central_america')`;
  expect(records).toHaveLength(dbValue(`select count(*) from events e where ${where}`));
  expect(sum(records, 'Total')).toBe(dbValue(`select sum(${total}) from events e where ${where}`));
  expect(sum(records, 'Women')).toBe(dbValue(`select coalesce(sum(women), 0) from events e where ${where}`));
});

test('the event page shows its participants by gender', async ({ page }) => {
  await page.goto('/events?q=Tourism Security Workshop');
  await page.getByRole('link', { name: 'Tourism Security Workshop, Belize City' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tourism Security Workshop, Belize City' })).toBeVisible();
  const participants = page.getByTestId('event-participants');
  await expect(participants).toContainText('Women1');
  await expect(participants).toContainText('Men22');
  await expect(participants).toContainText('Total~23');
  await expect(page.getByRole('link', { name: 'Needs Assessment and follow-up Workshop on Tourism Security for Belize City' })).toBeVisible();
});
