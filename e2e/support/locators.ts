import type { Page } from '@playwright/test';

/** The page's own alerts, without Next.js's route announcer (which also has role="alert"). */
export const alertOf = (page: Page) => page.getByRole('alert').and(page.locator(':not(#__next-route-announcer__)'));

/**
 * Opens a page and waits until its scripts and prefetches have settled: React resets a select
 * to its default when it hydrates, so a form must not be filled before that.
 */
export async function openForm(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
}
