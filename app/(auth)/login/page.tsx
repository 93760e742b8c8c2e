import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { getAccount } from '@/auth';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { safeCallbackPath } from '@/lib/safe-redirect';
import { SignInForm } from './sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signIn'))('title') };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  if (await getAccount()) redirect(callbackPath);
  const t = await getTranslations();

  return (
    <div className="flex min-h-screen flex-col">
      <header className="bg-oas-blue text-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
          <div>
            <p className="text-lg font-semibold">{t('app.name')}</p>
            <p className="text-xs text-white/80">{t('app.organisation')}</p>
          </div>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 py-16">
        <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-xl font-semibold">{t('signIn.title')}</h1>
          <p className="mb-4 mt-1 text-sm text-slate-600">{t('signIn.intro')}</p>
          <SignInForm callbackPath={callbackPath} />
        </div>
      </main>
    </div>
  );
}
