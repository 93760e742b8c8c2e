import { expect, type Locator, type Page } from '@playwright/test';

/** Opens a chart's "show as table" alternative and returns its body rows, cell by cell. */
export async function chartTable(page: Page, title: string): Promise<string[][]> {
  const chart = page.getByRole('region', { name: title });
  const toggle = chart.getByRole('button', { name: 'Show as table' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(chart.getByRole('button', { name: 'Hide table' })).toHaveAttribute('aria-expanded', 'true');
  const table = chart.getByRole('table');
  await expect(table).toBeVisible();
  return bodyRows(table);
}

export function bodyRows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => cell.textContent?.trim() ?? '')));
}
