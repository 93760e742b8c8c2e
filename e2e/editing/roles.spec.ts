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

const snapshot = () =>
  queryTestDatabase<{ n: number }>(
    "select (select count(*) from donors) + (select count(*) from activities) + (select count(*) from users) + (select count(*) from audit_events where action <> 'sign_in') + (select count(*) from donors where archived_at is not null) as n",
  )[0]!.n;

async function expectRefused(browser: Browser, as: AccountKey, action: CapturedAction) {
  const context = await browser.newContext({ storageState: storageStateOf(as) });
  const before = snapshot();
  const response = await replayAction(context.request, action);
  expect(response.status()).toBeLessThan(500);
  expect(await response.text()).toContain('You are not allowed to do this. Nothing was changed.');
  expect(snapshot()).toBe(before);
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

  for (const as of ['viewer', 'canada', 'usa'] as const) {
    for (const action of [createDonor, archiveDonor, restoreDonor]) await expectRefused(browser, as, action);
  }
  expect(queryTestDatabase('select count(*) n from donors where name = ?', `Replayed donor ${stamp}`)).toEqual([{ n: 1 }]);
});

test('editors, viewers and donors posting to account administration are refused and change nothing', async ({ browser }) => {
  const invite = await captured(
    browser,
    'admin',
    '/admin',
    async (page) => {
      await page.getByLabel('Email').fill(`replayed-${Date.now()}@oas.org`);
      await page.getByLabel('Name').fill('Replayed');
    },
    'Create account',
  );
  for (const as of ['editor', 'viewer', 'canada'] as const) await expectRefused(browser, as, invite);
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
