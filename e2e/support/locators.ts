import type { Page } from '@playwright/test';

/** The page's own alerts, without Next.js's route announcer (which also has role="alert"). */
export const alertOf = (page: Page) => page.getByRole('alert').and(page.locator(':not(#__next-route-announcer__)'));

/**
 * Opens a page and waits until React has hydrated its forms: React resets a select to its default
 * when it hydrates, so a form must not be filled before that. React marks every element it has
 * hydrated with a `__reactFiber$` key. (Waiting for the network to be idle instead sometimes
 * never ended in Playwright, with no request pending.)
 */
export async function openForm(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => [...document.forms].every((form) => Object.keys(form).some((key) => key.startsWith('__reactFiber$'))));
}
