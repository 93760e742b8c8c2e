'use client';

import { useTranslations } from 'next-intl';

export default function SignedInError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-white p-6">
      <h1 className="text-xl font-semibold">{t('errorTitle')}</h1>
      <p className="mt-2 text-slate-700">{t('errorBody')}</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-oas-blue px-4 py-2 text-white">
        {t('retry')}
      </button>
    </div>
  );
}
