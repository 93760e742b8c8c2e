import { expect, test as setup } from '@playwright/test';
import { accountKeys, demoAccount, signIn, storageStateOf } from './support/accounts';

// Signs each demo account in once through the real form and saves its session for the specs.
for (const key of accountKeys) {
  setup(`sign in as ${key}`, async ({ page }) => {
    const account = demoAccount(key);
    await page.goto('/login');
    await signIn(page, account.email, account.password);
    // The first requests to a freshly started server are the slowest: give them time.
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible({ timeout: 30_000 });
    await page.context().storageState({ path: storageStateOf(key) });
  });
}
