import { expect, test, type Page } from '@playwright/test';
import { storageStateOf, type AccountKey } from '../support/accounts';

// Expected figures, read from the source reports in ../shared/seeds:
// people trained are the participants of training courses and workshops:
//   El Salvador migration course 7 + workshop 30 (not disaggregated),
//   Belize tourism workshop ~23 (1 woman, 22 men), Antigua and Barbuda tourism workshop ~45,
//   airport access control workshop 28, Barbados air cargo workshop 22 (7 women, 15 men).
// Canada funds the Belize port assessment and the two tourism sheets; the United States funds
// the access control workshop.
const figures = {
  all: { trained: '155', detail: '8 women, 37 men, 110 not disaggregated', share: '18%', base: 'of 45 trained people', countries: '11', activities: '13', donors: '4' },
  canada: { trained: '68', detail: '1 woman, 22 men, 45 not disaggregated', share: '4%', base: 'of 23 trained people', countries: '2', activities: '3', donors: '1' },
  usa: { trained: '28', detail: '0 women, 0 men, 28 not disaggregated', share: '—', base: 'No trained person', countries: '0', activities: '1', donors: '1' },
};

async function expectFigures(page: Page, f: (typeof figures)[keyof typeof figures]) {
  await expect(page.getByTestId('people-trained-value')).toHaveText(f.trained);
  await expect(page.getByTestId('people-trained')).toContainText(f.detail);
  await expect(page.getByTestId('share-of-women-value')).toHaveText(f.share);
  await expect(page.getByTestId('share-of-women')).toContainText(f.base);
  await expect(page.getByTestId('countries-reached-value')).toHaveText(f.countries);
  await expect(page.getByTestId('activities-value')).toHaveText(f.activities);
  await expect(page.getByTestId('donors-value')).toHaveText(f.donors);
}

const cases: [AccountKey, keyof typeof figures, string][] = [
  ['admin', 'all', 'All activities of DPS, CICTE and CICAD.'],
  ['editor', 'all', 'All activities of DPS, CICTE and CICAD.'],
  ['viewer', 'all', 'All activities of DPS, CICTE and CICAD.'],
  ['canada', 'canada', 'Activities funded by Canada.'],
  ['usa', 'usa', 'Activities funded by United States.'],
];

for (const [key, scope, scopeLine] of cases) {
  test.describe(`signed in as ${key}`, () => {
    test.use({ storageState: storageStateOf(key) });

    test(`the headline figures count ${scope === 'all' ? 'every activity' : "the donor's portfolio only"}`, async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
      await expect(page.getByText(scopeLine)).toBeVisible();
      await expectFigures(page, figures[scope]);
    });
  });
}
