import { expect, test } from '@playwright/test';
import { accountKeys, storageStateOf } from '../support/accounts';

const expected = {
  admin: { role: 'Administrator', donor: null, administration: true },
  editor: { role: 'Editor', donor: null, administration: false },
  viewer: { role: 'Viewer', donor: null, administration: false },
  canada: { role: 'Donor', donor: 'Canada', administration: false },
  usa: { role: 'Donor', donor: 'United States', administration: false },
} as const;

for (const key of accountKeys) {
  test.describe(`signed in as ${key}`, () => {
    test.use({ storageState: storageStateOf(key) });

    test('the shell shows who is signed in, with role, and the navigation the role may use', async ({ page }) => {
      await page.goto('/');
      const { role, donor, administration } = expected[key];
      const account = page.getByTestId('signed-in-account');
      await expect(account).toContainText(`Role: ${role}`);
      if (donor) await expect(account).toContainText(`Donor: ${donor}`);
      else await expect(account).not.toContainText('Donor:');

      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const item of ['Dashboard', 'Map', 'Activities', 'Programs', 'Countries', 'Donors']) {
        await expect(nav.getByRole('link', { name: item })).toBeVisible();
      }
      await expect(nav.getByRole('link', { name: 'Administration' })).toHaveCount(administration ? 1 : 0);
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    });
  });
}
