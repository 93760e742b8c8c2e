import { expect, type Browser, type Page } from '@playwright/test';
import { storageStateOf, type AccountKey } from './accounts';
import { openForm } from './locators';

/** Creates a personal access token through the profile page, as its owner would, and returns its secret. */
export async function createTokenOnPage(page: Page, name: string): Promise<string> {
  await openForm(page, '/profile');
  await page.getByLabel('Token name').fill(name);
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByRole('status')).toContainText(`Token "${name}" created.`);
  const secret = (await page.getByTestId('new-token').textContent()) ?? '';
  expect(secret).toMatch(/^dps_[A-Za-z0-9_-]{43}$/);
  return secret;
}

/** A token of a demo account, created through the UI in a context of its own. */
export async function createTokenAs(browser: Browser, key: AccountKey, name = `${key} ${Date.now()}-${Math.random()}`): Promise<string> {
  const context = await browser.newContext({ storageState: storageStateOf(key) });
  try {
    return await createTokenOnPage(await context.newPage(), name);
  } finally {
    await context.close();
  }
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
