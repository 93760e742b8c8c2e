import { expect, test } from '@playwright/test';
import { signIn } from '../support/accounts';
import { queryTestDatabase } from '../support/database';
import { alertOf } from '../support/locators';

test('repeated failed sign-ins for one account are slowed, then refused with a message and an audit event', async ({ page }) => {
  test.setTimeout(120_000);
  // An account nobody else in the suite uses, so that locking it disturbs no other test.
  const email = 'guessing-target@example.org';
  await page.goto('/login');
  const answered = () => page.waitForResponse((response) => response.url().includes('/api/auth/callback/credentials'));
  for (let attempt = 1; attempt <= 10; attempt++) {
    await Promise.all([answered(), signIn(page, email, `guess-${attempt}`)]);
    await expect(alertOf(page)).toContainText('The email or password is not correct');
  }
  await signIn(page, email, 'guess-11');
  await expect(alertOf(page)).toContainText('Too many failed sign-ins');
  await expect(page).toHaveURL(/\/login/);

  const audit = queryTestDatabase<{ entity_id: string }>("SELECT entity_id FROM audit_events WHERE action = 'sign_in_locked' AND entity_type = 'user'");
  expect(audit.map((row) => row.entity_id)).toContain(email);
});
