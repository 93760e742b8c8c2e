import { expect, test } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { seriousViolations } from '../support/axe';
import { waitForHydration } from '../support/locators';

// The map needs nothing from outside the app (DPS Results runs on networks with no internet), is
// accessible, and keeps the Caribbean readable on a phone.

test.use({ storageState: storageStateOf('viewer') });

for (const path of ['/map', '/', '/countries/BB']) {
  test(`${path} makes no request outside the app's own origin`, async ({ page, baseURL }) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) outside.push(request.url());
    });
    await page.goto(path);
    await expect(page.locator('svg').first()).toBeVisible();
    // Once React has run, whatever the page or its scripts fetch has been asked for.
    await waitForHydration(page);
    expect(outside).toEqual([]);
  });
}

test('the map page has no serious accessibility violation, table open and a country focused', async ({ page }) => {
  await page.goto('/map?measure=women');
  await page.getByText('Show as table').click();
  await page.getByRole('link', { name: /^Barbados\./ }).focus();
  await expect(page.getByTestId('map-tooltip')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  // Under the page's h1 the legend is an h2 (an h3 under the dashboard's map heading): no level skipped.
  await expect(page.getByRole('heading', { level: 2, name: 'Legend: Share of women' })).toBeVisible();
});

test('a country profile with its locator map has no serious accessibility violation', async ({ page }) => {
  await page.goto('/countries/KN');
  await expect(page.getByRole('img', { name: 'Saint Kitts and Nevis on the map of the Americas' })).toBeVisible();
  // An island a few pixels wide gets a ring, so that it can be found at all.
  await expect(page.getByTestId('locator-ring')).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the map is in Spanish too', async ({ page }) => {
  await page.goto('/map');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mapa' })).toBeVisible();
  await expect(page.getByTestId('map-legend')).toContainText('Sin actividades');
  await expect(page.getByRole('link', { name: /^Barbados\. Personas capacitadas/ })).toHaveCount(1);
});

for (const width of [1440, 390]) {
  test(`at ${width} px the Eastern Caribbean states are marks that can be told apart and clicked`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/map');
    const inset = page.getByTestId('map-inset');
    await inset.scrollIntoViewIfNeeded();
    const boxes = await Promise.all(
      ['BB', 'AG', 'KN'].map(async (code) => (await inset.locator(`a[data-country="${code}"] circle`).boundingBox())!),
    );
    for (const box of boxes) {
      // A mark at least as large as a fingertip target's core, and inside the viewport's width.
      expect(box.width).toBeGreaterThanOrEqual(12);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
    const apart = (a: (typeof boxes)[number], b: (typeof boxes)[number]) =>
      a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
    expect(apart(boxes[0]!, boxes[1]!) && apart(boxes[1]!, boxes[2]!) && apart(boxes[0]!, boxes[2]!)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    for (const [name, path] of [['map', '/map'], ['dashboard', '/'], ['profile', '/countries/BB']] as const) {
      await page.goto(path);
      await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
    }
  });
}
