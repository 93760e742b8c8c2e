import { expect, test } from '@playwright/test';
import { demoAccount, signIn } from '../support/accounts';
import { alertOf } from '../support/locators';

test.describe('anonymous visitors', () => {
  test('are sent to the sign-in page from the dashboard', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });

  test('are sent to sign-in from a deep link, and back to it afterwards', async ({ page }) => {
    await page.goto('/activities?status=ongoing');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Factivities%3Fstatus%3Dongoing$/);
    const viewer = demoAccount('viewer');
    await signIn(page, viewer.email, viewer.password);
    await expect(page).toHaveURL(/\/activities\?status=ongoing$/);
  });

  test('never reach dashboard data through the HTML of the sign-in page', async ({ request }) => {
    const response = await request.get('/', { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toMatch(/\/login$/);
  });
});

test.describe('wrong credentials', () => {
  const calmMessage = 'The email or password is not correct. Check them and try again.';

  test('a wrong password gets one calm message and no session', async ({ page }) => {
    await page.goto('/login');
    await signIn(page, demoAccount('viewer').email, 'not-the-password');
    await expect(alertOf(page)).toHaveText(calmMessage);
    await page.goto('/');
    await expect(page).toHaveURL(/\/login$/);
  });

  test('an unknown account gets exactly the same message', async ({ page }) => {
    await page.goto('/login');
    await signIn(page, 'nobody@example.org', 'whatever-password');
    await expect(alertOf(page)).toHaveText(calmMessage);
  });

  test('hostile input is answered calmly and shown as text', async ({ page }) => {
    await page.goto('/login');
    await signIn(page, `<script>alert(1)</script>' OR '1'='1`, `' OR 1=1; --`);
    await expect(alertOf(page)).toHaveText(calmMessage);
  });

  test('empty fields are named without asking the server', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(alertOf(page)).toHaveText('Enter your email and password.');
  });
});

test('a sign-in never returns to another site', async ({ page }) => {
  await page.goto('/login?callbackUrl=%2F%2Fevil.example.org%2F');
  const viewer = demoAccount('viewer');
  await signIn(page, viewer.email, viewer.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/');
});

test('signing out ends the session', async ({ page }) => {
  const editor = demoAccount('editor');
  await page.goto('/login');
  await signIn(page, editor.email, editor.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
});
