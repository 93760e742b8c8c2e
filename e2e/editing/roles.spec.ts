import { expect, test, type Browser } from '@playwright/test';
import { storageStateOf, type AccountKey } from '../support/accounts';
import { queryTestDatabase } from '../support/database';
import { openForm } from '../support/locators';
import { captureAction, replayAction, type CapturedAction } from '../support/replay';

// Each action is captured from a real submission by someone allowed to make it, then replayed
// with the session of someone who is not: the answer is a refusal and the database is unchanged.

async function captured(browser: Browser, as: AccountKey, url: string, fill: (page: import('@playwright/test').Page) => Promise<void>, button: string) {
  const context = await browser.newContext({ storageState: storageStateOf(as) });
  const page = await context.newPage();
  await openForm(page, url);
  await fill(page);
  const action = await captureAction(page, () => page.getByRole('button', { name: button }).click());
  await context.close();
  return action;
}

/** Replays `action` as `as`, and checks the refusal and that `state` (what the action would change) is as before. */
async function expectRefused(browser: Browser, as: AccountKey, action: CapturedAction, state: () => unknown) {
  const context = await browser.newContext({ storageState: storageStateOf(as) });
  const before = state();
  const response = await replayAction(context.request, action);
  expect(response.status()).toBeLessThan(500);
  expect(await response.text()).toContain('You are not allowed to do this. Nothing was changed.');
  expect(state()).toEqual(before);
  await context.close();
}

test('viewers and donors posting to the editing actions are refused and change nothing', async ({ browser }) => {
  const stamp = Date.now();
  const createDonor = await captured(
    browser,
    'editor',
    '/donors/new',
    async (page) => {
      await page.getByLabel('Name', { exact: true }).fill(`Replayed donor ${stamp}`);
    },
    'Create',
  );
  const [donor] = queryTestDatabase<{ id: number }>('select id from donors where name = ?', `Replayed donor ${stamp}`);
  const archiveDonor = await captured(browser, 'editor', `/donors/${donor!.id}/edit`, async () => {}, 'Archive');
  const restoreDonor = await captured(browser, 'editor', `/donors/${donor!.id}/edit`, async () => {}, 'Restore');

  const donorState = () => queryTestDatabase('select id, archived_at, version from donors where name = ?', `Replayed donor ${stamp}`);
  for (const as of ['viewer', 'canada', 'usa'] as const) {
    for (const action of [createDonor, archiveDonor, restoreDonor]) await expectRefused(browser, as, action, donorState);
  }
  expect(queryTestDatabase('select count(*) n from donors where name = ?', `Replayed donor ${stamp}`)).toEqual([{ n: 1 }]);
});

test('editors, viewers and donors posting to account administration are refused and change nothing', async ({ browser }) => {
  const email = `replayed-${Date.now()}@oas.org`;
  const invite = await captured(
    browser,
    'admin',
    '/admin',
    async (page) => {
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Name').fill('Replayed');
    },
    'Create account',
  );
  const invited = () => queryTestDatabase('select id, role, is_active, version from users where email = ?', email);
  for (const as of ['editor', 'viewer', 'canada'] as const) await expectRefused(browser, as, invite, invited);
  expect(invited()).toHaveLength(1);
});

test('the edit pages are not found for viewers and donors', async ({ browser }) => {
  for (const as of ['viewer', 'canada'] as const) {
    const context = await browser.newContext({ storageState: storageStateOf(as) });
    const page = await context.newPage();
    for (const url of ['/activities/new', '/activities/1/edit', '/events/new?activity=1', '/events/1/edit', '/donors/new', '/programs/1/edit', '/indicators/1/edit']) {
      expect((await page.goto(url))?.status(), url).toBe(404);
    }
    await context.close();
  }
});
