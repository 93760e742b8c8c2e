import { expect, test } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { signIn } from '../support/accounts';
import { inviteViewer } from '../support/invite';
import { alertOf, openForm, waitForHydration } from '../support/locators';

const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

test.describe('as an admin', () => {
  test('invite an account, which signs in with its one-time password', async ({ browser }) => {
    const email = `invited-${unique()}@oas.org`;
    const { admin, page, password } = await inviteViewer(browser, email);
    expect(password).toHaveLength(24);
    await expect(page.getByRole('link', { name: email })).toBeVisible();

    const invited = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const invitedPage = await invited.newPage();
    await invitedPage.goto('/login');
    await signIn(invitedPage, email, password);
    await expect(invitedPage.getByTestId('signed-in-account')).toContainText('Role: Viewer');
    await Promise.all([admin.close(), invited.close()]);
  });

  test('bad input gets its message beside the field, keeps what was typed and creates nothing', async ({ browser }) => {
    const admin = await browser.newContext({ storageState: storageStateOf('admin') });
    const page = await admin.newPage();
    await openForm(page, '/admin');
    const rows = await page.getByRole('row').count();
    await page.getByLabel('Email').fill('<script>alert(1)</script>');
    await page.getByLabel('Role', { exact: true }).selectOption('donor');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(alertOf(page)).toContainText('Some values need a correction. Nothing was saved.');
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Enter an email address such as name@example.org.')).toBeVisible();
    await expect(page.getByText('Fill in this field.')).toBeVisible();
    await expect(page.getByText('A donor account must be linked to its donor.')).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveValue('<script>alert(1)</script>');
    await expect(page.getByRole('row')).toHaveCount(rows);

    await page.getByLabel('Email').fill('viewer@demo.dps-results.org');
    await page.getByLabel('Name').fill('Twin');
    await page.getByLabel('Role', { exact: true }).selectOption('viewer');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByText('This value is already used by another record.').first()).toBeVisible();
    await admin.close();
  });

  test('a deactivated account is signed out at once and cannot sign in again', async ({ browser }) => {
    const email = `deactivated-${unique()}@oas.org`;
    const { admin, page, password } = await inviteViewer(browser, email);

    const person = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const personPage = await person.newPage();
    await personPage.goto('/login');
    await signIn(personPage, email, password);
    await expect(personPage.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

    await page.getByRole('link', { name: email }).click();
    await page.getByRole('button', { name: 'Deactivate account' }).click();
    await expect(page.getByRole('status')).toContainText('The account was deactivated.');

    await personPage.reload();
    await expect(personPage.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await signIn(personPage, email, password);
    await expect(alertOf(personPage).filter({ hasText: 'The email or password is not correct' })).toBeVisible();
    await Promise.all([admin.close(), person.close()]);
  });

  test('the second of two admins saving the same account is told of the conflict', async ({ browser }) => {
    const email = `conflict-${unique()}@oas.org`;
    const { admin: first, page } = await inviteViewer(browser, email);
    await page.getByRole('link', { name: email }).click();
    await page.waitForURL(/\/admin\/accounts\/\d+$/);
    await waitForHydration(page);
    const accountUrl = page.url();

    const second = await browser.newContext({ storageState: storageStateOf('admin') });
    const other = await second.newPage();
    await openForm(other, accountUrl);

    await page.getByLabel('Role', { exact: true }).selectOption('editor');
    await page.getByRole('button', { name: 'Save role and donor' }).click();
    await expect(page.getByRole('status')).toContainText('The role and donor link were saved.');

    await other.getByRole('button', { name: 'Deactivate account' }).click();
    await expect(alertOf(other)).toContainText('Someone else changed this record since you opened it');
    await other.getByRole('button', { name: 'Load the current values' }).click();
    await expect(other.getByText(`${email} · Editor · Active`)).toBeVisible();
    await other.getByRole('button', { name: 'Deactivate account' }).click();
    await expect(other.getByRole('status')).toContainText('The account was deactivated.');
    await Promise.all([first.close(), second.close()]);
  });

  test('the last active admin cannot be demoted', async ({ browser }) => {
    const admin = await browser.newContext({ storageState: storageStateOf('admin') });
    const page = await admin.newPage();
    await openForm(page, '/admin');
    await page.getByRole('link', { name: 'admin@demo.dps-results.org' }).click();
    await page.waitForURL(/\/admin\/accounts\/\d+$/);
    await waitForHydration(page);
    await page.getByLabel('Role', { exact: true }).selectOption('viewer');
    await page.getByRole('button', { name: 'Save role and donor' }).click();
    await expect(alertOf(page)).toContainText('This is the last active administrator');
    await admin.close();
  });

  test('the audit log lists changes and sign-ins, filtered from the URL, ignoring bad filters with a notice', async ({ browser }) => {
    const email = `audited-${unique()}@oas.org`;
    const { admin, page } = await inviteViewer(browser, email);
    await page.goto('/admin/audit?action=create&entityType=user');
    await expect(page.getByRole('cell', { name: new RegExp(email) }).first()).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Signed in' })).toHaveCount(0);

    await page.goto(`/admin/audit?action=<script>&from=2026-12-01&to=2026-01-01&page=-3`);
    await expect(page.getByRole('status')).toContainText('Some filters in the address were not valid and were ignored: Action, Page, To.');
    await admin.close();
  });
});

for (const key of ['editor', 'viewer', 'canada'] as const) {
  test(`${key} cannot reach administration: 404 pages, no link`, async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf(key) });
    const page = await context.newPage();
    for (const path of ['/admin', '/admin/audit', '/admin/accounts/1']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    }
    await context.close();
  });
}
