import { Link } from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';

// Inside the signed-in shell, which already provides <main>.
export default async function SignedInNotFound() {
  const t = await getTranslations('errors');
  return (
    <div className="max-w-xl py-10">
      <h1 className="text-2xl font-semibold">{t('notFoundTitle')}</h1>
      <p className="mt-2 text-slate-700">{t('notFoundBody')}</p>
      <Link href="/" className="mt-4 inline-block text-oas-blue underline">
        {t('backToDashboard')}
      </Link>
    </div>
  );
}
