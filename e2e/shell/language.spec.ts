import { expect, test } from '@playwright/test';
import { storageStateOf } from '../support/accounts';

test.use({ storageState: storageStateOf('viewer') });

test('the language switch translates the interface and remembers the choice', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Panel' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const nav = page.getByRole('navigation', { name: 'Principal' });
  await expect(nav.getByRole('link', { name: 'Actividades' })).toBeVisible();
  await expect(page.getByTestId('people-trained')).toContainText('8 mujeres, 37 hombres, 110 sin desagregar');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Panel' })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
});

test('a browser that prefers Spanish gets Spanish before any choice is made', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-MX', storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Iniciar sesión' })).toBeVisible();
  await context.close();
});
