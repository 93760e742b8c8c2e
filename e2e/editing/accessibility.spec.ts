import { expect, test } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { seriousViolations } from '../support/axe';
import { alertOf, openForm } from '../support/locators';

test.describe('editor pages', () => {
  test.use({ storageState: storageStateOf('editor') });

  test('the create and edit forms have no serious accessibility violation, also with errors shown', async ({ page }) => {
    test.setTimeout(120_000); // eight axe scans
    for (const url of ['/activities/new', '/activities/8/edit', '/events/new?activity=12', '/events/9/edit', '/programs/new', '/donors/1/edit', '/indicators/1/edit']) {
      await openForm(page, url);
      expect(await seriousViolations(page), url).toEqual([]);
    }
    await openForm(page, '/activities/new');
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(alertOf(page)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('administration', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('accounts, an account and the audit log have no serious accessibility violation', async ({ page }) => {
    for (const url of ['/admin', '/admin/accounts/2', '/admin/audit']) {
      await openForm(page, url);
      expect(await seriousViolations(page), url).toEqual([]);
    }
  });
});
