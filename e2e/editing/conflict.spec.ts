import { expect, test } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { queryTestDatabase } from '../support/database';
import { alertOf, openForm } from '../support/locators';

test('two editors save the same donor: the second is told what changed, and neither edit is lost', async ({ browser }) => {
  const name = `Donor ${Date.now()}`;
  const first = await browser.newContext({ storageState: storageStateOf('editor') });
  const second = await browser.newContext({ storageState: storageStateOf('admin') });
  const ana = await first.newPage();
  const ben = await second.newPage();

  await openForm(ana, '/donors/new');
  await ana.getByLabel('Name', { exact: true }).fill(name);
  await ana.getByLabel('Kind').selectOption('other');
  await ana.getByRole('button', { name: 'Create' }).click();
  await ana.waitForURL(/\/donors\/\d+$/);
  const id = Number(new URL(ana.url()).pathname.split('/').pop());

  await openForm(ana, `/donors/${id}/edit`);
  await openForm(ben, `/donors/${id}/edit`);

  await ana.getByLabel('Name in Spanish').fill(`${name} (es)`);
  await ana.getByRole('button', { name: 'Save changes' }).click();
  await ana.waitForURL(new RegExp(`/donors/${id}$`));

  await ben.getByLabel('Kind').selectOption('multilateral');
  await ben.getByRole('button', { name: 'Save changes' }).click();
  await expect(alertOf(ben)).toContainText('Someone else changed this record since you opened it');
  const conflict = ben.getByTestId('conflict-table');
  await expect(conflict.getByRole('row', { name: /Name in Spanish/ })).toContainText(`${name} (es)`);
  expect(queryTestDatabase('select name_es, kind from donors where id = ?', id)).toEqual([{ name_es: `${name} (es)`, kind: 'other' }]);

  await ben.getByRole('button', { name: 'Load the current values' }).click();
  // The refresh has rendered the form again with the current values: it is React's, and ready.
  await expect(ben.getByLabel('Name in Spanish')).toHaveValue(`${name} (es)`);
  await ben.getByLabel('Kind').selectOption('multilateral');
  await ben.getByRole('button', { name: 'Save changes' }).click();
  await ben.waitForURL(new RegExp(`/donors/${id}$`));
  expect(queryTestDatabase('select name_es, kind, version from donors where id = ?', id)).toEqual([{ name_es: `${name} (es)`, kind: 'multilateral', version: 3 }]);
  await Promise.all([first.close(), second.close()]);
});
