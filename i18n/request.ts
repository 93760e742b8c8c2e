import { getRequestConfig } from 'next-intl/server';
import { cookies, headers } from 'next/headers';
import { loadMessages } from './messages';
import { defaultLocale, isLocale, LOCALE_COOKIE, localeFromAcceptLanguage } from './locales';

// No locale in the URL: the language is the user's saved choice, else the browser's.
export default getRequestConfig(async () => {
  const saved = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(saved) ? saved : (localeFromAcceptLanguage((await headers()).get('accept-language')) ?? defaultLocale);
  return { locale, messages: await loadMessages(locale) };
});
