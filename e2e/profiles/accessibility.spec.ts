import { expect, test, type Page } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { seriousViolations } from '../support/axe';
import { demoIds } from './demo-ids';

test.use({ storageState: storageStateOf('viewer') });

async function openEveryChartTable(page: Page) {
  const toggles = page.getByRole('button', { name: 'Show as table' });
  for (let left = await toggles.count(); left > 0; left--) {
    await toggles.first().click();
    await expect(toggles).toHaveCount(left - 1);
  }
}

const pages: [string, () => string, string][] = [
  ['the dashboard', () => '/', 'Dashboard'],
  ['the dashboard, filtered to an empty view', () => '/?country=US&program=abc', 'Dashboard'],
  ['the countries index', () => '/countries', 'Countries'],
  ['a country profile', () => '/countries/BZ', 'Belize'],
  ['a donor profile', () => `/donors/${demoIds().donor('Canada')}`, 'Canada'],
  ['a program profile', () => `/programs/${demoIds().program('Tourism Security Program')}`, 'Tourism Security Program'],
];

for (const [name, path, heading] of pages) {
  test(`${name} has no serious accessibility violation, with its chart tables open too`, async ({ page }) => {
    await page.goto(path());
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await openEveryChartTable(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const [name, path, heading] of pages) {
    test(`${name} has no serious accessibility violation at 390 pixels, where wide tables scroll`, async ({ page }) => {
      await page.goto(path());
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await openEveryChartTable(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
