import type { Page } from '@playwright/test';

/** The page's own alerts, without Next.js's route announcer (which also has role="alert"). */
export const alertOf = (page: Page) => page.getByRole('alert').and(page.locator(':not(#__next-route-announcer__)'));

/**
 * Waits until React has hydrated the page's forms (every page has one, the language switch):
 * React marks every element it has hydrated with a `__reactFiber$` key. Waiting for the network
 * to be idle instead sometimes never ended in Playwright, with no request pending.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => document.forms.length > 0 && [...document.forms].every((form) => Object.keys(form).some((key) => key.startsWith('__reactFiber$'))));
}

/** Opens a page with a form to fill: React resets a select to its default when it hydrates, so not before that. */
export async function openForm(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForHydration(page);
}
