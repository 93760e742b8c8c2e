import type { BrowserContext, Page } from '@playwright/test';
import { mapConcurrently } from '@/test/concurrency';

/**
 * Runs `task` on every item in one of `count` tabs of the context, each tab busy with one item at
 * a time: pages load side by side instead of one after the other. Results in the items' order.
 */
export async function inTabs<T, R>(context: BrowserContext, count: number, items: readonly T[], task: (tab: Page, item: T) => Promise<R>): Promise<R[]> {
  const freeTabs = await Promise.all(Array.from({ length: count }, () => context.newPage()));
  const all = [...freeTabs];
  try {
    return await mapConcurrently(items, count, async (item) => {
      const tab = freeTabs.pop()!;
      try {
        return await task(tab, item);
      } finally {
        freeTabs.push(tab);
      }
    });
  } finally {
    await Promise.all(all.map((tab) => tab.close()));
  }
}
