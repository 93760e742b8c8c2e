import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, demoAccounts } from '@/db/seed';

export const accountKeys = ['admin', 'editor', 'viewer', 'canada', 'usa'] as const;
export type AccountKey = (typeof accountKeys)[number];

export function demoAccount(key: AccountKey) {
  const account = demoAccounts.find((a) => a.email.startsWith(`${key}@`));
  if (!account) throw new Error(`No demo account ${key}`);
  return { ...account, password: DEMO_PASSWORD };
}

/** Where the signed-in browser state of each demo account is saved by auth.setup.ts. */
export const storageStateOf = (key: AccountKey) => path.join(__dirname, '..', '.auth', `${key}.json`);

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
