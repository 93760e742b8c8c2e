import { expect, test } from '@playwright/test';
import { demoAccount, signIn, storageStateOf } from '../support/accounts';
import { baseURL } from '../support/environment';

// Cookies are input too. A forged next-auth callback-url cookie used to make every request a 500
// (sqlmap found it); now it is dropped and the visitor carries on.

const forgedValues = ['7599', "http://127.0.0.1:1'(((....)\"", 'javascript:alert(1)', '%E0%A4%A', 'x'.repeat(4000)];

test.describe('signed in, with a forged callback-url cookie', () => {
  test.use({ storageState: storageStateOf('viewer') });

  for (const value of forgedValues) {
    test(`the app still answers: ${value.slice(0, 30)}`, async ({ context, page }) => {
      await context.addCookies([{ name: 'next-auth.callback-url', value: encodeURIComponent(value), url: baseURL }]);
      const dashboard = await page.goto('/');
      expect(dashboard?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
      for (const path of ['/api/auth/session', '/api/v1/activities', '/api/export/activities?format=csv']) {
        expect((await page.request.get(path)).status(), path).toBeLessThan(400);
      }
      // The forged cookie is gone from the browser.
      expect((await context.cookies()).find((cookie) => cookie.name === 'next-auth.callback-url')?.value ?? '').not.toBe(encodeURIComponent(value));
    });
  }
});

test('a visitor with a forged callback-url cookie can still sign in', async ({ context, page }) => {
  await context.addCookies([{ name: 'next-auth.callback-url', value: '7599', url: baseURL }]);
  await page.goto('/login');
  const account = demoAccount('editor');
  await signIn(page, account.email, account.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
});

test('a forged callbackUrl parameter to next-auth gets a 400, not a 500', async ({ request }) => {
  const response = await request.get('/api/auth/signin?callbackUrl=7599', { maxRedirects: 0 });
  expect(response.status()).toBe(400);
});
