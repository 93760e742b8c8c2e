import { expect, test, type Page } from '@playwright/test';
import { storageStateOf } from '../support/accounts';

test.use({ storageState: storageStateOf('viewer') });

const peopleTrained = (page: Page) => page.getByTestId('people-trained-value');
const filters = (page: Page) => page.getByRole('form', { name: 'Filters' });

test('filters set from the form live in the URL: bookmark, reload, clear', async ({ page, context }) => {
  await page.goto('/');
  await expect(peopleTrained(page)).toHaveText('155');

  await filters(page).getByLabel('Country').selectOption({ label: 'Belize' });
  await filters(page).getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/\/\?country=BZ$/);
  await expect(peopleTrained(page)).toHaveText('23');
  await expect(page.getByTestId('people-trained')).toContainText('1 woman, 22 men, 0 not disaggregated');

  await page.reload();
  await expect(peopleTrained(page)).toHaveText('23');
  await expect(filters(page).getByLabel('Country')).toHaveValue('BZ');

  // A bookmarked or shared link opens the same view in a fresh tab.
  const bookmark = page.url();
  const other = await context.newPage();
  await other.goto(bookmark);
  await expect(peopleTrained(other)).toHaveText('23');
  await expect(other.getByRole('region', { name: 'People trained by country' }).getByText('Belize has the most people trained: 23 of 23.')).toBeVisible();
  await other.close();

  await filters(page).getByRole('link', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(peopleTrained(page)).toHaveText('155');
  await expect(filters(page).getByLabel('Country')).toHaveValue('');
});

test('several filters combine, and every figure and chart obeys them', async ({ page }) => {
  await page.goto('/');
  await filters(page).getByLabel('Subregion').selectOption({ label: 'Caribbean' });
  await filters(page).getByLabel('Unit').selectOption('CICTE');
  await filters(page).getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/\/\?unit=CICTE&subregion=caribbean$/);
  // Antigua and Barbuda's tourism workshop (45) and Barbados' air cargo workshop (22).
  await expect(peopleTrained(page)).toHaveText('67');
  await expect(page.getByRole('region', { name: 'People trained by program' }).getByText('Tourism Security Program has trained the most: 45 of 67.')).toBeVisible();
});

test('a period counts events by their start date and says what it leaves out for lack of one', async ({ page }) => {
  await page.goto('/');
  await filters(page).getByLabel('From').fill('2017-01-01');
  await filters(page).getByLabel('To').fill('2017-12-31');
  await filters(page).getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/\/\?from=2017-01-01&to=2017-12-31$/);
  await expect(page.getByTestId('left-out-by-period')).toHaveText(
    'With a period set, what has no stated date is left out: 8 events (155 people trained) and 8 activities.',
  );
  await expect(peopleTrained(page)).toHaveText('0');
  await expect(page.getByTestId('activities-value')).toHaveText('5');
  await expect(page.getByRole('region', { name: 'People trained by year' }).getByText('No people trained in this selection.')).toBeVisible();
});

const nasty: [string, string][] = [
  ['country=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'Country'],
  ['program=-1', 'Program'],
  ['donor=1%27%20OR%20%271%27%3D%271', 'Donor'],
  [`program=${'9'.repeat(5000)}`, 'Program'],
  ['from=2018-01-01&to=2017-01-01', 'From, To'],
  ['from=2017-02-30', 'From'],
  ['subregion=atlantis', 'Subregion'],
  ['program=999999', 'Program'],
  ['country=ZZ', 'Country'],
];

for (const [query, names] of nasty) {
  test(`an invalid filter is ignored with a notice, never an error: ${query.slice(0, 40)}`, async ({ page }) => {
    const response = await page.goto(`/?${query}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId('ignored-filters')).toContainText(names);
    await expect(peopleTrained(page)).toHaveText('155');
  });
}

test('empty parameters are no filter and raise no notice', async ({ page }) => {
  await page.goto('/?from=&to=&program=&country=');
  await expect(peopleTrained(page)).toHaveText('155');
  await expect(page.getByTestId('ignored-filters')).toHaveCount(0);
});

test('a valid filter still applies beside an invalid one', async ({ page }) => {
  await page.goto('/?country=BZ&program=abc');
  await expect(page.getByTestId('ignored-filters')).toHaveText('This filter in the address was not valid and was ignored: Program.');
  await expect(peopleTrained(page)).toHaveText('23');
});
