import { expect, test } from '@playwright/test';
import { signIn } from '../support/accounts';
import { bearer, createTokenOnPage } from '../support/api-tokens';
import { inviteViewer } from '../support/invite';

// Several sign-ins, pages and axe runs: generous on a busy machine.
test.describe.configure({ timeout: 90_000 });

// Deactivating an account (which changes data, hence the writing project) refuses its tokens at once.
test("a deactivated account's token is refused at once", async ({ browser, request }) => {
  const email = `api-${Date.now()}-${Math.floor(Math.random() * 1e6)}@oas.org`;
  const { admin, page: adminPage, password } = await inviteViewer(browser, email, 'API reader');

  const person = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const personPage = await person.newPage();
  await personPage.goto('/login');
  await signIn(personPage, email, password);
  // Checking a bcrypt hash takes a while on a busy machine.
  await expect(personPage.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible({ timeout: 15_000 });
  const token = await createTokenOnPage(personPage, 'BI tool');
  expect((await request.get('/api/v1/dashboard', { headers: bearer(token) })).status()).toBe(200);

  await adminPage.getByRole('link', { name: email }).click();
  await adminPage.getByRole('button', { name: 'Deactivate account' }).click();
  await expect(adminPage.getByRole('status')).toContainText('The account was deactivated.');
  const refused = await request.get('/api/v1/dashboard', { headers: bearer(token) });
  expect(refused.status()).toBe(401);
  expect(refused.headers()['content-type']).toBe('application/problem+json');
  await Promise.all([admin.close(), person.close()]);
});
