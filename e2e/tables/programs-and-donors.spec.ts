import { expect, test } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { bodyRows, csvRecords, dbValue, download, range, sum } from '../support/tables';

test.use({ storageState: storageStateOf('viewer') });

test('programs: sort, filter, search, page and export', async ({ page }) => {
  await page.goto('/programs');
  await expect(range(page)).toHaveText('1–11 of 11');
  await page.getByRole('link', { name: 'Sort by People trained, ascending' }).click();
  await page.getByRole('link', { name: 'Sort by People trained, descending' }).click();
  await expect(bodyRows(page, 'programs').first()).toContainText('Tourism Security Program');
  await expect(bodyRows(page, 'programs').first()).toContainText('68');

  await page.getByText('Filters (none)').click();
  await page.getByRole('combobox', { name: 'Unit' }).selectOption('CICTE');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(range(page)).toHaveText('1–4 of 4');

  await page.goto('/programs?q=security&size=2');
  await expect(range(page)).toHaveText('1–2 of 3');
  await page.getByRole('link', { name: 'Next' }).click();
  await expect(range(page)).toHaveText('3–3 of 3');

  const records = csvRecords((await download(page, 'Export CSV')).bytes);
  expect(records).toHaveLength(dbValue(`select count(*) from programs p join org_units u on u.id = p.unit_id
    where p.archived_at is null and (lower(p.name) like '%security%' or lower(u.code) like '%security%')`));
  expect(sum(records, 'Activities')).toBe(
    dbValue(`select count(*) from activities a join programs p on p.id = a.program_id where a.archived_at is null and p.archived_at is null and lower(p.name) like '%security%'`),
  );
});

test('donors: sort, filter, search, page and export', async ({ page }) => {
  await page.goto('/donors');
  await expect(range(page)).toHaveText('1–4 of 4');
  await page.getByRole('link', { name: 'Sort by Activities funded, ascending' }).click();
  await page.getByRole('link', { name: 'Sort by Activities funded, descending' }).click();
  await expect(bodyRows(page, 'donors').first()).toContainText('Canada');
  await expect(bodyRows(page, 'donors').first()).toContainText('3');

  await page.getByText('Filters (none)').click();
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('member_state');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(range(page)).toHaveText('1–3 of 3');

  await page.goto('/donors?q=a&size=2');
  await expect(range(page)).toHaveText('1–2 of 4');
  await page.getByRole('link', { name: 'Next' }).click();
  await expect(range(page)).toHaveText('3–4 of 4');
  await expect(bodyRows(page, 'donors').first().getByText('not stated')).toBeVisible();

  const records = csvRecords((await download(page, 'Export CSV')).bytes);
  expect(records).toHaveLength(dbValue('select count(*) from donors where archived_at is null'));
  expect(sum(records, 'Activities funded')).toBe(
    dbValue('select count(*) from activity_donors ad join activities a on a.id = ad.activity_id where a.archived_at is null'),
  );
});
