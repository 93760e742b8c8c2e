import { Link } from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">{t('notFoundTitle')}</h1>
      <p className="mt-2 text-slate-700">{t('notFoundBody')}</p>
      <Link href="/" className="mt-4 inline-block text-oas-blue underline">
        {t('backToDashboard')}
      </Link>
    </main>
  );
}
