/** A record's name in the reader's language: the Spanish name where there is one, else the English. */
export function localizedName(locale: string, names: { en: string; es: string | null | undefined }): string {
  return locale === 'es' && names.es ? names.es : names.en;
}
