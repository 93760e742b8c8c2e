import { expect, type Browser } from '@playwright/test';
import { storageStateOf } from './accounts';
import { openForm } from './locators';

/** An admin invites a viewer through /admin; returns the admin's context and page, and the one-time password. */
export async function inviteViewer(browser: Browser, email: string, name = 'Test Viewer') {
  const admin = await browser.newContext({ storageState: storageStateOf('admin') });
  const page = await admin.newPage();
  await openForm(page, '/admin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Role', { exact: true }).selectOption('viewer');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status')).toContainText(`The account ${email} was created.`);
  const password = (await page.getByTestId('one-time-password').textContent()) ?? '';
  return { admin, page, password };
}
