import { getLocale, getTranslations } from 'next-intl/server';
import { setLocaleAction } from '@/i18n/set-locale-action';
import { locales } from '@/i18n/locales';

/** Buttons for each language; the choice is saved in a cookie by a server action. */
export async function LanguageSwitch() {
  const [t, current] = await Promise.all([getTranslations('language'), getLocale()]);
  return (
    <form action={setLocaleAction} aria-label={t('label')} className="flex items-center gap-1 text-sm">
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="rounded px-2 py-1 aria-pressed:bg-white aria-pressed:font-semibold aria-pressed:text-oas-blue hover:underline"
        >
          {t(locale)}
        </button>
      ))}
    </form>
  );
}
