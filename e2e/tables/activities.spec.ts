import { expect, test } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { bodyRows, csvRecords, dbValue, download, range, sum } from '../support/tables';

test.use({ storageState: storageStateOf('viewer') });

// People trained per activity, straight from the database: participants of trainings and workshops.
const trainedSql = `coalesce((select sum(coalesce(women,0)+coalesce(men,0)+coalesce(not_disaggregated,0)) from events e
  where e.activity_id = a.id and e.archived_at is null and e.kind in ('training_course','workshop')), 0)`;

test('sorts on the server by any column, both ways', async ({ page }) => {
  await page.goto('/activities');
  await expect(range(page)).toHaveText('1–13 of 13');
  await page.getByRole('link', { name: 'Sort by People trained, ascending' }).click();
  await expect(page).toHaveURL(/sort=trained/);
  await expect(bodyRows(page, 'activities').first().locator('td').nth(7)).toHaveText('0');
  await page.getByRole('link', { name: 'Sort by People trained, descending' }).click();
  await expect(page).toHaveURL(/sort=-trained/);
  await expect(bodyRows(page, 'activities').first()).toContainText('Risk Management for Tourism Destinations');
  await expect(bodyRows(page, 'activities').first().locator('td').nth(7)).toHaveText('45');
  await expect(page.getByRole('columnheader', { name: /People trained/ })).toHaveAttribute('aria-sort', 'descending');
});

test('filters by column, searches, and pages with a page size', async ({ page }) => {
  await page.goto('/activities');
  await page.getByText('Filters (none)').click();
  await page.getByRole('combobox', { name: 'Status' }).selectOption('completed');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/f\.status=completed/);
  await expect(range(page)).toHaveText('1–4 of 4');

  await page.getByRole('link', { name: 'Clear search and filters' }).click();
  await expect(range(page)).toHaveText('1–13 of 13');
  await page.getByRole('searchbox', { name: 'Search' }).fill('workshop');
  await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
  await expect(page).toHaveURL(/q=workshop/);
  await expect(range(page)).toHaveText('1–4 of 4');

  await page.goto('/activities');
  await page.getByLabel('Rows per page').selectOption('10');
  await expect(range(page)).toHaveText('1–10 of 13');
  await expect(bodyRows(page, 'activities')).toHaveCount(10);
  await page.getByRole('link', { name: 'Next' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(range(page)).toHaveText('11–13 of 13');
  await expect(bodyRows(page, 'activities')).toHaveCount(3);
  await expect(page.getByTestId('table-page')).toHaveText('Page 2 of 2');
});

test('hides and shows columns, and the choice stays in the URL', async ({ page }) => {
  await page.goto('/activities');
  await page.locator('summary').filter({ hasText: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Donors' }).uncheck();
  await expect(page).toHaveURL(/hide=donors/);
  await expect(page.getByRole('columnheader', { name: /Donors/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('columnheader', { name: /Donors/ })).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: /Program/ })).toHaveCount(1);
});

test('exports exactly what the filters select, all pages, as CSV and Excel', async ({ page }) => {
  await page.goto('/activities?f.countries=sub:caribbean&size=2');
  await expect(range(page)).toHaveText('1–2 of 4');
  const csv = await download(page, 'Export CSV');
  expect(csv.name).toMatch(/^activities-\d{4}-\d{2}-\d{2}\.csv$/);
  const records = csvRecords(csv.bytes);

  const inCaribbean = `exists (select 1 from activity_countries ac join member_states m on m.code = ac.country_code
    where ac.activity_id = a.id and m.subregion = 'caribbean')`;
  expect(records).toHaveLength(dbValue(`select count(*) from activities a where a.archived_at is null and ${inCaribbean}`));
  expect(sum(records, 'People trained')).toBe(dbValue(`select sum(${trainedSql}) from activities a where a.archived_at is null and ${inCaribbean}`));
  const cargo = records.find((r) => r.Activity === 'Air Cargo Workshop')!;
  expect(cargo).toMatchObject({ Countries: 'Barbados', 'People trained': '22', Commencement: '', Status: 'Not stated' });
  expect(Number(cargo['Share of women (%)'])).toBeCloseTo((7 / 22) * 100);

  const xlsx = await download(page, 'Export Excel');
  expect(xlsx.name).toMatch(/\.xlsx$/);
  expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
});

test('dates keep their precision in the export and on the page', async ({ page }) => {
  await page.goto('/activities?f.start.from=2017-01-01&f.start.to=2017-12-31');
  await expect(range(page)).toHaveText('1–1 of 1');
  await expect(bodyRows(page, 'activities').first()).toContainText('April 12, 2017');
  const records = csvRecords((await download(page, 'Export CSV')).bytes);
  expect(records).toMatchObject([{ Activity: 'Port Evaluations and Assessments', Commencement: '2017-04-12', 'Commencement precision': 'day', Completion: '2017-12-31' }]);
});

test('a row leads to the activity sheet with its events and indicators', async ({ page }) => {
  await page.goto('/activities?q=Police Development');
  await page.getByRole('link', { name: 'Inter-American Network for Police Development and Professionalization' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inter-American Network for Police Development and Professionalization' })).toBeVisible();
  await expect(page.getByText('Program summary')).toBeVisible();
  await expect(page.getByText('CAF - Development Bank of Latin America')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Indicators' })).toBeVisible();
  await expect(page.getByText('No progress recorded · Target: 340')).toBeVisible();
  await expect(page.getByText('No progress recorded · Target: 200,000')).toBeVisible();
});
