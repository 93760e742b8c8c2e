import { expect, test } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { queryTestDatabase } from '../support/database';
import { openForm } from '../support/locators';

test.use({ storageState: storageStateOf('editor') });

// The program-to-DAC-sector mapping is edited on the program's form and reported in the IATI file.
test("an editor changes a program's IATI sector and the IATI file reports it", async ({ page }) => {
  const program = queryTestDatabase<{ id: number }>("select id from programs where name = 'Maritime Security Program'")[0]!.id;
  await openForm(page, `/programs/${program}/edit`);
  const field = page.getByLabel('IATI sector (DAC 5-digit code)');
  await expect(field).toHaveValue('15210');
  await field.selectOption('15250');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/programs/${program}$`));
  expect(queryTestDatabase<{ code: string }>('select dac_sector as code from programs where id = ?', program)[0]!.code).toBe('15250');

  // The session works for the API too: the editor's own IATI file of the program's activities.
  const xml = await (await page.request.get(`/api/v1/iati/activities.xml?f.program=${program}`)).text();
  expect(xml).toContain('<sector vocabulary="1" code="15250" percentage="100"/>');
  expect(xml).not.toContain('code="15210"');

  // A code outside the DAC list never reaches the database, whatever the browser sends.
  await openForm(page, `/programs/${program}/edit`);
  await field.evaluate((select: HTMLSelectElement) => {
    select.add(new Option('forged', '99999'));
    select.value = '99999';
  });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Some values need a correction. Nothing was saved.' })).toBeVisible();
  expect(queryTestDatabase<{ code: string }>('select dac_sector as code from programs where id = ?', program)[0]!.code).toBe('15250');

  await openForm(page, `/programs/${program}/edit`);
  await field.selectOption('15210');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/programs/${program}$`));
});
