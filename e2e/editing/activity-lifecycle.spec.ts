import { expect, test, type Page } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { queryTestDatabase } from '../support/database';
import { alertOf, openForm } from '../support/locators';

test.use({ storageState: storageStateOf('editor') });

const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

/** People trained under the Aviation Security Program, where this activity goes: other specs write meanwhile, but to other programs. */
async function trainedFigures(page: Page) {
  const [program] = queryTestDatabase<{ id: number }>("select id from programs where name = 'Aviation Security Program'");
  await page.goto(`/?program=${program!.id}`);
  const value = await page.getByTestId('people-trained-value').textContent();
  return Number(value?.replace(/\D/g, ''));
}

test('an editor creates an activity, records a training, edits it, archives and restores it; the dashboard follows', async ({ page }) => {
  // Eleven page loads and five saves: on a busy 2-core machine that outlasts the default 30 s.
  test.slow();
  const name = `Cargo screening course ${unique()}`;
  const before = await trainedFigures(page);

  await openForm(page, '/activities/new');
  await page.getByLabel('Program').selectOption({ label: 'Aviation Security Program' });
  await page.getByLabel('Name of activity').fill(name);
  await page.getByLabel('Commencement').fill('2026-03');
  await page.getByLabel('Completion').fill('2026-06-30');
  await page.getByRole('checkbox', { name: 'Honduras' }).check();
  await page.getByRole('checkbox', { name: 'Guatemala' }).check();
  await page.getByRole('combobox', { name: 'Donor 1', exact: true }).selectOption({ label: 'Canada' });
  await page.getByLabel('Amount 1').fill('50000');
  await page.getByLabel('Currency 1').fill('usd');
  await page.getByRole('button', { name: 'Create' }).click();
  await page.waitForURL(/\/activities\/\d+$/);
  const activityId = Number(new URL(page.url()).pathname.split('/').pop());
  expect(queryTestDatabase('select country_code from activity_countries where activity_id = ? order by 1', activityId)).toEqual([{ country_code: 'GT' }, { country_code: 'HN' }]);
  expect(queryTestDatabase('select amount, currency from activity_donors where activity_id = ?', activityId)).toEqual([{ amount: 50000, currency: 'USD' }]);

  await openForm(page, `/events/new?activity=${activityId}`);
  await page.getByLabel('Kind').selectOption({ label: 'Training course' });
  await page.getByLabel('Title').fill('Tegucigalpa cargo screening');
  await page.getByLabel('Country').selectOption({ label: 'Honduras' });
  await page.getByLabel('Start').fill('2026-04-14');
  await page.getByLabel('Women').fill('14');
  await page.getByLabel('Men', { exact: true }).fill('16');
  await expect(page.getByTestId('live-total')).toHaveText('30');
  await page.getByRole('button', { name: 'Create' }).click();
  await page.waitForURL(/\/events\/\d+$/);
  const eventId = Number(new URL(page.url()).pathname.split('/').pop());
  expect(await trainedFigures(page)).toBe(before + 30);

  await openForm(page, `/events/${eventId}/edit`);
  await page.getByLabel('Women').fill('15');
  await expect(page.getByTestId('live-total')).toHaveText('31');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.waitForURL(new RegExp(`/events/${eventId}$`));
  expect(await trainedFigures(page)).toBe(before + 31);

  await openForm(page, `/activities/${activityId}/edit`);
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The record was archived.' })).toBeVisible();
  expect(await trainedFigures(page)).toBe(before);

  await openForm(page, `/activities/${activityId}/edit`);
  await expect(page.getByText('This record is archived: it does not count in dashboards and tables.')).toBeVisible();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The record was restored.' })).toBeVisible();
  expect(await trainedFigures(page)).toBe(before + 31);

  await openForm(page, `/activities/${activityId}/edit`);
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByText('Restored')).toBeVisible();
  await expect(history.getByText('Archived')).toBeVisible();
  await expect(history.getByText('Created')).toBeVisible();
});

test('every bad value gets its message beside its field, what was typed stays, and nothing is saved', async ({ page }) => {
  // Two saves of a 1 MB form, each sent back with what was typed: slow by design, not by fault.
  test.slow();
  // Other specs create activities meanwhile: count only what this form could have created.
  const count = () => queryTestDatabase<{ n: number }>("select count(*) n from activities where length(name) > 300 or name like '%<img%'")[0]!.n;
  const before = count();
  await openForm(page, '/activities/new');
  const name = page.getByLabel('Name of activity');
  // The browser's own limits are a convenience only: lift them to reach the server's rules.
  await page.locator('[maxlength]').evaluateAll((inputs) => inputs.forEach((input) => input.removeAttribute('maxlength')));
  await name.fill('x'.repeat(301));
  await page.getByLabel('Commencement').fill('2017-02-30');
  await page.getByLabel('Completion').fill('2016');
  await page.getByLabel('Additional information (link)').fill('javascript:alert(1)');
  await page.getByRole('combobox', { name: 'Donor 1', exact: true }).selectOption({ label: 'Canada' });
  await page.getByLabel('Amount 1').fill('-5');
  await page.getByLabel('Summary').evaluate((area: HTMLTextAreaElement) => {
    area.value = `${'Lorem ipsum € 👩‍✈️ '.repeat(50_000)}`.slice(0, 1_048_576); // about 1 MB
  });
  await page.getByRole('button', { name: 'Create' }).click();

  await expect(alertOf(page)).toContainText('Some values need a correction. Nothing was saved.');
  await expect(page.getByText('Use at most 300 characters.')).toBeVisible();
  await expect(page.getByText('Enter a date as 2017-04-12, 2017-04 or 2017.')).toBeVisible();
  await expect(page.getByText('Enter a web address starting with http:// or https://.')).toBeVisible();
  await expect(page.getByText('Use at most 20,000 characters.')).toBeVisible();
  await expect(page.getByText('Each donor row needs a donor, and an amount of 0 or more.')).toBeVisible();
  await expect(page.getByLabel('Additional information (link)')).toHaveValue('javascript:alert(1)');
  await expect(page.getByLabel('Additional information (link)')).toHaveAttribute('aria-invalid', 'true');
  expect(count()).toBe(before);

  await name.fill('<img src=x onerror=alert(1)> 👩‍✈️ مرحبا');
  await page.getByLabel('Commencement').fill('2017-03');
  await page.getByLabel('Completion').fill('2017-01');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText('The completion cannot come before the commencement.')).toBeVisible();
  expect(count()).toBe(before);
});

test('an event outside its activity’s period needs a confirmation, and one outside its countries is refused', async ({ page }) => {
  // The Belize port assessments ran from 12 April to 31 December 2017, in Belize only.
  const [activity] = queryTestDatabase<{ id: number }>("select id from activities where name = 'Port Evaluations and Assessments'");
  const count = () => queryTestDatabase<{ n: number }>('select count(*) n from events where activity_id = ?', activity!.id)[0]!.n;
  const before = count();
  await openForm(page, `/events/new?activity=${activity!.id}`);
  await expect(page.getByLabel('Country').locator('option')).toHaveText(['Not stated', 'Belize']);
  await page.getByLabel('Title').fill('Follow-up visit');
  await page.getByLabel('Start').fill('2018-02');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(alertOf(page)).toContainText("This date is outside the activity's period.");
  expect(count()).toBe(before);
  await page.getByLabel("The date is outside the activity's period, and that is right.").check();
  await page.getByRole('button', { name: 'Create' }).click();
  await page.waitForURL(/\/events\/\d+$/);
  expect(count()).toBe(before + 1);
});
