import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { db } from '@/db';
import { getAccountForAdmin, listDonorChoices } from '@/db/queries/accounts';
import { AccountAccessForm, AccountActiveForm, ResetPasswordForm } from '../../account-forms';
import { AdminNav } from '../../admin-nav';
import { requirePermission } from '@/auth';
import { canAdminister } from '@/db/viewer';

const idSchema = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('accountTitle') };
}

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission(canAdminister);
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const account = getAccountForAdmin(db, { viewer, id: id.data });
  if (!account) notFound();
  const t = await getTranslations();
  const donors = listDonorChoices(db, { viewer });

  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">{t('nav.administration')}</h1>
      <AdminNav current="accounts" />
      <p className="mb-2 text-sm">
        <Link href="/admin" className="text-oas-blue underline">
          {t('admin.backToAccounts')}
        </Link>
      </p>
      <h2 className="text-xl font-semibold">{account.name}</h2>
      <p className="mb-6 text-slate-600">
        {account.email} · {t(`roles.${account.role}`)} · {account.isActive ? t('admin.active') : t('admin.inactive')}
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="access-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 id="access-heading" className="mb-3 font-semibold">
            {t('admin.accessTitle')}
          </h3>
          <AccountAccessForm account={account} donors={donors} />
        </section>
        <section aria-labelledby="security-heading" className="space-y-6 rounded-lg border border-slate-200 bg-white p-4">
          <h3 id="security-heading" className="font-semibold">
            {t('admin.securityTitle')}
          </h3>
          <div>
            <p className="mb-2 text-sm text-slate-600">{account.isActive ? t('admin.deactivateIntro') : t('admin.reactivateIntro')}</p>
            <AccountActiveForm account={account} />
          </div>
          <div>
            <p className="mb-2 text-sm text-slate-600">{t('admin.resetIntro')}</p>
            <ResetPasswordForm account={account} />
          </div>
        </section>
      </div>
    </div>
  );
}
