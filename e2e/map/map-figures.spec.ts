import { expect, test, type Page } from '@playwright/test';
import { storageStateOf } from '../support/accounts';
import { queryTestDatabase } from '../support/database';
import { bodyRows } from '../dashboard/chart-table';

// The map's figures, read through its "show as table" alternative and its tooltips, against
// what the test database holds.

interface CountryRow {
  code: string;
  name: string;
  activities: number;
  women: number;
  men: number;
  nd: number;
  total: number;
}

/** Every member state with an activity or a trained person, counted straight from the tables. */
function countriesWithResults(): CountryRow[] {
  return queryTestDatabase<CountryRow>(`
    select m.code, m.name_en as name,
      (select count(distinct ac.activity_id) from activity_countries ac join activities a on a.id = ac.activity_id
        where ac.country_code = m.code and a.archived_at is null) as activities,
      coalesce(sum(e.women), 0) as women, coalesce(sum(e.men), 0) as men, coalesce(sum(e.not_disaggregated), 0) as nd,
      coalesce(sum(coalesce(e.women, 0) + coalesce(e.men, 0) + coalesce(e.not_disaggregated, 0)), 0) as total
    from member_states m
    left join (select ev.* from events ev join activities a on a.id = ev.activity_id
      where ev.archived_at is null and a.archived_at is null and ev.kind in ('training_course', 'workshop')) e on e.country_code = m.code
    group by m.code, m.name_en
    having activities > 0 or total > 0
    order by m.name_en`);
}

async function mapTableRows(page: Page): Promise<string[][]> {
  const table = page.getByTestId('americas-map').getByTestId('map-table');
  await table.getByText('Show as table').click();
  await expect(table.getByRole('table')).toBeVisible();
  return bodyRows(table.getByRole('table'));
}

test.use({ storageState: storageStateOf('viewer') });

test('the table alternative holds, for every country with results, the figures the database holds', async ({ page }) => {
  await page.goto('/map');
  const rows = await mapTableRows(page);
  expect(rows).toHaveLength(35);
  const expected = countriesWithResults();
  expect(expected.length).toBeGreaterThanOrEqual(11);
  for (const country of expected) {
    const row = rows.find((cells) => cells[0] === country.name);
    expect(row, country.name).toBeDefined();
    expect(row!.slice(1, 6), country.name).toEqual([country.activities, country.women, country.men, country.nd, country.total].map(String));
  }
  // Every other member state shows nothing, and is drawn as "no activities".
  const withResults = new Set(expected.map((country) => country.code));
  const none = await page.locator('[data-testid="americas-map"] a[data-country][data-shade="none"]').evaluateAll((links) =>
    [...new Set(links.map((link) => link.getAttribute('data-country')))],
  );
  expect(none.length).toBe(35 - withResults.size);
  for (const code of none) expect(withResults.has(code!), code!).toBe(false);
});

test("a country's name and figures show on hover and on keyboard focus", async ({ page }) => {
  await page.goto('/map');
  const tooltip = page.getByTestId('map-tooltip');
  const barbados = queryTestDatabase<CountryRow>(
    `select sum(women) as women, sum(men) as men, sum(coalesce(women,0)+coalesce(men,0)+coalesce(not_disaggregated,0)) as total
     from events where country_code = 'BB' and archived_at is null and kind in ('training_course', 'workshop')`,
  )[0]!;

  await page.getByTestId('map-inset').locator('a[data-country="BB"] circle').hover();
  await expect(tooltip).toContainText('Barbados');
  await expect(tooltip).toContainText(`People trained: ${barbados.total} (${barbados.women} women, ${barbados.men} men`);

  // Hovering Belize on the hemisphere.
  await page.locator('[data-testid="americas-map"] svg').first().locator('a[data-country="BZ"] use').hover({ force: true });
  await expect(tooltip).toContainText('Belize');

  // From the keyboard: the link is focused, the same tooltip shows, and the name carries the figures.
  await page.mouse.move(0, 0);
  const link = page.getByRole('link', { name: /^Antigua and Barbuda\./ });
  await link.focus();
  await expect(tooltip).toContainText('Antigua and Barbuda');
  await expect(tooltip).toContainText('People trained: 45');
  // The inset goes north to south: Saint Kitts and Nevis comes next.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /^Saint Kitts and Nevis\./ })).toBeFocused();
  await expect(tooltip).toContainText('Saint Kitts and Nevis');
  await expect(tooltip).not.toContainText('Antigua and Barbuda');
});

test('clicking Barbados opens its profile', async ({ page }) => {
  await page.goto('/map');
  // Its mark in the inset: the island itself is a few pixels wide even there.
  await page.getByRole('link', { name: /^Barbados\./ }).locator('circle').click();
  await expect(page).toHaveURL(/\/countries\/BB$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Barbados' })).toBeVisible();
});

test('a filter in the URL changes the map, and the measure survives a change of filter', async ({ page }) => {
  await page.goto('/map?subregion=central_america');
  const antigua = page.locator('[data-testid="map-inset"] a[data-country="AG"]');
  await expect(antigua).toHaveAttribute('data-shade', 'none');
  await expect(page.locator('[data-testid="americas-map"] svg a[data-country="BZ"]')).toHaveAttribute('data-shade', /^class-/);
  const rows = await mapTableRows(page);
  expect(rows.find((cells) => cells[0] === 'Antigua and Barbuda')!.slice(1, 6)).toEqual(['0', '0', '0', '0', '0']);

  await page.goto('/map');
  await expect(antigua).toHaveAttribute('data-shade', /^class-/);

  // The measure picker keeps the filters; the filter form keeps the measure.
  await page.goto('/map?subregion=caribbean');
  await page.getByRole('navigation', { name: 'Shade by' }).getByRole('link', { name: 'Share of women' }).click();
  await expect(page).toHaveURL(/subregion=caribbean/);
  await expect(page).toHaveURL(/measure=women/);
  await expect(page.getByTestId('map-legend')).toContainText('Share of women');
  // Antigua and Barbuda trained 45 people, none with a recorded gender: no share to shade.
  await expect(antigua).toHaveAttribute('data-shade', 'noFigure');
  await page.getByRole('form', { name: 'Filters' }).getByLabel('Subregion').selectOption('central_america');
  await page.getByRole('form', { name: 'Filters' }).getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/subregion=central_america/);
  await expect(page).toHaveURL(/measure=women/);
});

test('an unknown measure falls back to people trained and says so', async ({ page }) => {
  await page.goto('/map?measure=%3Cscript%3E');
  await expect(page.getByTestId('ignored-measure')).toBeVisible();
  await expect(page.getByTestId('americas-map')).toHaveAttribute('data-measure', 'trained');
});

test('the dashboard shows the map, compact, with a way to the full one under the same filters', async ({ page }) => {
  await page.goto('/?subregion=caribbean');
  const section = page.getByTestId('dashboard-map');
  await expect(section.locator('a[data-country="BB"]').first()).toHaveAttribute('data-shade', /^class-/);
  await section.getByRole('link', { name: 'Open the map' }).click();
  await expect(page).toHaveURL(/\/map\?subregion=caribbean&measure=trained$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Map' })).toBeVisible();
});

test.describe('as the Canada donor', () => {
  test.use({ storageState: storageStateOf('canada') });

  test("the map shows only the donor's portfolio", async ({ page }) => {
    await page.goto('/map');
    const rows = (await mapTableRows(page)).filter((cells) => cells.slice(1, 6).some((cell) => cell !== '0'));
    const activities = queryTestDatabase<{ code: string; count: number }>(`
      select ac.country_code as code, count(distinct ac.activity_id) as count
      from activity_countries ac join activities a on a.id = ac.activity_id
      join activity_donors ad on ad.activity_id = a.id join donors d on d.id = ad.donor_id
      where d.name = 'Canada' and a.archived_at is null group by ac.country_code order by ac.country_code`);
    expect(activities.map((row) => row.code)).toEqual(['AG', 'BZ']);
    const count = (code: string) => String(activities.find((row) => row.code === code)!.count);
    expect(rows.map((cells) => cells.slice(0, 6))).toEqual([
      ['Antigua and Barbuda', count('AG'), '0', '0', '45', '45'],
      ['Belize', count('BZ'), '1', '22', '0', '23'],
    ]);
    await expect(page.locator('[data-testid="americas-map"] a[data-country="SV"]').first()).toHaveAttribute('data-shade', 'none');
    await expect(page.locator('[data-testid="americas-map"] a[data-country="BB"]').first()).toHaveAttribute('data-shade', 'none');
  });
});
