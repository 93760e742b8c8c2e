import { expect, test } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { chartTable } from './chart-table';

// Expected numbers, from the source reports (see headline-figures.spec.ts): the trained people
// are Antigua and Barbuda ~45 (not disaggregated), El Salvador 7 + 30, the airport access
// control workshop 28 (country not stated), Belize ~23 (1 woman, 22 men), Barbados 22 (7, 15).
// No course or workshop in the sources states its date.

test.use({ storageState: storageStateOf('viewer') });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
});

test('people trained by country, stacked by gender and sorted by total', async ({ page }) => {
  await expect(page.getByText('Antigua and Barbuda has the most people trained: 45 of 155.')).toBeVisible();
  expect(await chartTable(page, 'People trained by country')).toEqual([
    ['Antigua and Barbuda', '0', '0', '45', '45'],
    ['El Salvador', '0', '0', '37', '37'],
    ['Country not stated', '0', '0', '28', '28'],
    ['Belize', '1', '22', '0', '23'],
    ['Barbados', '7', '15', '0', '22'],
  ]);
});

test('people trained by year: every course and workshop is undated in the sources', async ({ page }) => {
  await expect(page.getByText('155 of 155 people trained were at events whose date the sources do not state.')).toBeVisible();
  expect(await chartTable(page, 'People trained by year')).toEqual([['Date not stated', '8', '37', '110', '155']]);
});

test('people trained by program', async ({ page }) => {
  expect(await chartTable(page, 'People trained by program')).toEqual([
    ['Tourism Security Program', '1', '22', '45', '68'],
    ['Aviation Security Program', '7', '15', '28', '50'],
    ['Program to Prevent Crimes Related to Irregular Migration in Mesoamerica', '0', '0', '37', '37'],
  ]);
});

test('share of women, with the count each share is computed from', async ({ page }) => {
  expect(await chartTable(page, 'Share of women by year')).toEqual([['Date not stated', '8', '45', '18%']]);
  expect(await chartTable(page, 'Share of women by subregion')).toEqual([
    ['Caribbean', '7', '22', '32%'],
    ['Central America', '1', '23', '4%'],
  ]);
  // The base is printed beside each bar, so 1 of 23 never passes for a trend.
  await expect(page.getByRole('region', { name: 'Share of women by subregion' }).getByText('1 of 23', { exact: false })).toBeVisible();
});

test('indicators against their targets: none measured yet, shown as such and never as 0', async ({ page }) => {
  const rows = await chartTable(page, 'Indicators against their targets');
  expect(rows.map(([, value, target, progress]) => [value, target, progress]).sort()).toEqual([
    ['not measured yet', '120', '—'],
    ['not measured yet', '200,000', '—'],
    ['not measured yet', '340', '—'],
    ['not measured yet', '6', '—'],
  ]);
  await expect(page.getByText('Not measured yet; target 340')).toBeVisible();
});

test('the table toggle works from the keyboard', async ({ page }) => {
  const chart = page.getByRole('region', { name: 'People trained by program' });
  await chart.getByRole('button', { name: 'Show as table' }).focus();
  await page.keyboard.press('Enter');
  await expect(chart.getByRole('table')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(chart.getByRole('table')).toBeHidden();
});

test('a chart with nothing to show says so instead of drawing an empty frame', async ({ page }) => {
  // The United States hosted two meetings but no course or workshop.
  await page.goto('/?country=US');
  const chart = page.getByRole('region', { name: 'People trained by country' });
  await expect(chart.getByText('No people trained in this selection.')).toBeVisible();
  await expect(chart.getByRole('button', { name: 'Show as table' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Share of women by year' }).getByText("No trained person's gender is recorded in this selection.")).toBeVisible();
});

test('the bars are drawn on one scale: each as long as its total beside the largest, at 1440 and 390 px', async ({ page }) => {
  const chart = page.getByTestId('chart-by-country');
  // Each bar's filled length over its row's full length: the rows share one width, so this is total / largest total.
  const filledShare = (key: string) =>
    chart.locator(`[data-bar="${key}"]`).evaluate((bar) => {
      const filled = [...bar.children].reduce((sum, segment) => sum + segment.getBoundingClientRect().width, 0);
      return filled / bar.getBoundingClientRect().width;
    });
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await filledShare('AG')).toBeCloseTo(45 / 45, 2);
    expect(await filledShare('SV')).toBeCloseTo(37 / 45, 2);
    expect(await filledShare('BB')).toBeCloseTo(22 / 45, 2);
    // The totals are printed beside the bars, so no axis has to be read.
    await expect(chart.locator('[data-bar="BB"] + span')).toHaveText('22');
  }
});
