import { expect, test, type Page } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { openForm } from '../support/locators';

// Some figures are stored rather than summed on every read (db/event-figures.ts,
// db/donor-figures.ts), and a request reads them once. Whatever is kept, an edit must show on the
// next load of every figure it changes. The records here are each test's own (a new program, new
// donors, one activity), so that other specs writing meanwhile cannot move the figures it reads.

test.use({ storageState: storageStateOf('editor') });

const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

const idFromUrl = (page: Page) => Number(new URL(page.url()).pathname.split('/').pop());

/** Every figure an event of the program changes, as the screens show them on a fresh load. */
async function expectFigures(page: Page, ids: { program: number; activity: number; name: string }, trained: number) {
  const filtered = `program=${ids.program}`;

  await page.goto(`/?${filtered}`);
  await expect(page.getByTestId('people-trained-value')).toHaveText(String(trained));
  await page.goto(`/?${filtered}&country=PY`);
  await expect(page.getByTestId('people-trained-value')).toHaveText(String(trained));
  await page.goto(`/?${filtered}&from=2026-01-01&to=2026-12-31`);
  await expect(page.getByTestId('people-trained-value')).toHaveText(String(trained));

  await page.goto(`/map?${filtered}`);
  await expect(page.locator('a[data-country="PY"]')).toHaveAttribute('aria-label', new RegExp(`\\b${trained}\\b`));

  await page.goto(`/programs/${ids.program}`);
  await expect(page.getByTestId('people-trained-value')).toHaveText(String(trained));

  // Paraguay's profile lists its newest activities and events, kept until the data changes.
  await page.goto('/countries/PY');
  await expect(page.getByRole('region', { name: 'Activities' }).getByRole('link', { name: ids.name, exact: true })).toBeVisible();
  const event = page.getByRole('region', { name: 'Events' }).getByRole('row', { name: new RegExp(`Asunción workshop ${ids.name}`) });
  if (trained > 0) await expect(event.getByRole('cell').last()).toHaveText(String(trained));
  else await expect(event).toHaveCount(0);

  await page.goto(`/activities?q=${encodeURIComponent(ids.name)}&sort=-trained`);
  await expect(page.getByRole('row', { name: new RegExp(ids.name) }).getByRole('cell').filter({ hasText: new RegExp(`^${trained}$`) })).toHaveCount(1);
  await page.goto(`/programs?q=${encodeURIComponent(`Freshness ${ids.name}`)}&sort=-trained`);
  await expect(page.getByRole('row', { name: new RegExp(`Freshness ${ids.name}`) }).getByRole('cell').filter({ hasText: new RegExp(`^${trained}$`) })).toHaveCount(1);
}

test('an edit shows on the next load of every figure it changes: dashboard, map, profiles and tables', async ({ page }) => {
  test.setTimeout(120_000);
  const name = `check ${unique()}`;

  await openForm(page, '/programs/new');
  await page.getByLabel('Name', { exact: true }).fill(`Freshness ${name}`);
  await page.getByLabel('Unit').selectOption({ label: 'DPS' });
  await page.getByRole('button', { name: 'Create' }).click();
  await page.waitForURL(/\/programs\/\d+$/);
  const program = idFromUrl(page);

  await openForm(page, '/activities/new');
  await page.getByLabel('Program').selectOption({ label: `Freshness ${name}` });
  await page.getByLabel('Name of activity').fill(name);
  await page.getByLabel('Commencement').fill('2026-02-01');
  await page.getByRole('checkbox', { name: 'Paraguay' }).check();
  await page.getByRole('button', { name: 'Create' }).click();
  await page.waitForURL(/\/activities\/\d+$/);
  const ids = { program, activity: idFromUrl(page), name };

  await openForm(page, `/events/new?activity=${ids.activity}`);
  await page.getByLabel('Kind').selectOption({ label: 'Workshop' });
  await page.getByLabel('Title').fill(`Asunción workshop ${name}`);
  await page.getByLabel('Country').selectOption({ label: 'Paraguay' });
  await page.getByLabel('Start').fill('2026-03-10');
  await page.getByLabel('Women').fill('10');
  await page.getByLabel('Men', { exact: true }).fill('5');
  await page.getByRole('button', { name: 'Create' }).click();
  await page.waitForURL(/\/events\/\d+$/);
  const event = idFromUrl(page);
  await expectFigures(page, ids, 15);

  await openForm(page, `/events/${event}/edit`);
  await page.getByLabel('Women').fill('12');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.waitForURL(new RegExp(`/events/${event}$`));
  await expectFigures(page, ids, 17);

  await openForm(page, `/events/${event}/edit`);
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The record was archived.' })).toBeVisible();
  await expectFigures(page, ids, 0);

  await openForm(page, `/events/${event}/edit`);
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The record was restored.' })).toBeVisible();
  await expectFigures(page, ids, 17);
});

/** A donor's row of the donors table on a fresh load: kind, activities funded, countries, amount. */
async function expectDonorRow(page: Page, donor: string, cells: string[]) {
  await page.goto(`/donors?q=${encodeURIComponent(donor)}`);
  await expect(page.getByRole('row', { name: new RegExp(donor) }).getByRole('cell')).toHaveText([donor, 'Other', ...cells]);
}

test('the donors table follows every write to the funding of an activity: created, given to another donor, archived, restored', async ({ page }) => {
  test.setTimeout(120_000);
  const name = `check ${unique()}`;
  const [first, second] = [`Freshness donor A ${name}`, `Freshness donor B ${name}`];
  for (const donor of [first, second]) {
    await openForm(page, '/donors/new');
    await page.getByLabel('Name', { exact: true }).fill(donor);
    await page.getByLabel('Kind').selectOption('other');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/\/donors\/\d+$/);
  }
  await expectDonorRow(page, first, ['0', '0', 'not stated']);

  await openForm(page, '/programs/new');
  await page.getByLabel('Name', { exact: true }).fill(`Freshness ${name}`);
  await page.getByLabel('Unit').selectOption({ label: 'DPS' });
  await page.getByRole('button', { name: 'Create' }).click();
  await page.waitForURL(/\/programs\/\d+$/);

  await openForm(page, '/activities/new');
  await page.getByLabel('Program').selectOption({ label: `Freshness ${name}` });
  await page.getByLabel('Name of activity').fill(name);
  await page.getByRole('checkbox', { name: 'Paraguay' }).check();
  await page.getByRole('checkbox', { name: 'Uruguay' }).check();
  await page.getByRole('combobox', { name: 'Donor 1', exact: true }).selectOption({ label: first });
  await page.getByLabel('Amount 1').fill('1000');
  await page.getByLabel('Currency 1').fill('usd');
  await page.getByRole('button', { name: 'Create' }).click();
  await page.waitForURL(/\/activities\/\d+$/);
  const activity = idFromUrl(page);
  await expectDonorRow(page, first, ['1', '2', '$1,000.00']);

  await openForm(page, `/activities/${activity}/edit`);
  await page.getByRole('combobox', { name: 'Donor 1', exact: true }).selectOption({ label: second });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.waitForURL(new RegExp(`/activities/${activity}$`));
  await expectDonorRow(page, first, ['0', '0', 'not stated']);
  await expectDonorRow(page, second, ['1', '2', '$1,000.00']);

  await openForm(page, `/activities/${activity}/edit`);
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The record was archived.' })).toBeVisible();
  await expectDonorRow(page, second, ['0', '0', 'not stated']);

  await openForm(page, `/activities/${activity}/edit`);
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The record was restored.' })).toBeVisible();
  await expectDonorRow(page, second, ['1', '2', '$1,000.00']);
});
