import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { requireAccount } from '@/auth';
import { db } from '@/db';
import { getHeadlineFigures } from '@/db/queries/dashboard';
import { HeadlineFigures } from './headline-figures';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

export default async function DashboardPage() {
  await connection();
  const account = await requireAccount();
  const t = await getTranslations('dashboard');
  const figures = getHeadlineFigures(db, { viewer: account });

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-slate-600">{account.donorName ? t('scopeDonor', { donor: account.donorName }) : t('scopeAll')}</p>
      </header>
      <HeadlineFigures figures={figures} />
    </div>
  );
}
