'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { LOCALE_COOKIE, locales } from './locales';

const localeSchema = z.enum(locales);

/** Saves the chosen language for a year. Open to anyone: the sign-in page has the switch too. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) return;
  const parsed = localeSchema.safeParse(formData.get('locale'));
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', httpOnly: true });
  revalidatePath('/', 'layout');
}
