import type { Locale } from './locales';

// One file per feature and language (messages/<locale>/<feature>.json), so features grow
// without editing a shared file. Each file holds top-level namespaces; they are merged.
export const messageFeatures = ['shell', 'sign-in', 'dashboard', 'profiles', 'tables', 'forms', 'admin', 'records', 'reports', 'import', 'map', 'api'] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const files = await Promise.all(messageFeatures.map((feature) => import(`../messages/${locale}/${feature}.json`)));
  return Object.assign({}, ...files.map((file: { default: object }) => file.default));
}
