import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { db } from '@/db';
import { listAccounts, listDonorChoices } from '@/db/queries/accounts';
import { AdminNav } from './admin-nav';
import { InviteAccountForm } from './invite-account-form';
import { requirePermission } from '@/auth';
import { canAdminister } from '@/db/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('accountsTitle') };
}

export default async function AccountsPage() {
  const account = await requirePermission(canAdminister);
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const accounts = listAccounts(db, { viewer: account });
  const donors = listDonorChoices(db, { viewer: account });

  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">{t('nav.administration')}</h1>
      <AdminNav current="accounts" />
      <section aria-labelledby="accounts-heading" className="mb-8">
        <h2 id="accounts-heading" className="mb-3 text-lg font-semibold">
          {t('admin.accountsTitle')}
        </h2>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">{t('admin.email')}</th>
                <th scope="col" className="px-3 py-2">{t('admin.name')}</th>
                <th scope="col" className="px-3 py-2">{t('admin.role')}</th>
                <th scope="col" className="px-3 py-2">{t('admin.donor')}</th>
                <th scope="col" className="px-3 py-2">{t('admin.status')}</th>
                <th scope="col" className="px-3 py-2">{t('admin.lastSignIn')}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((a) => (
                <tr key={a.id} className="border-t border-slate-200">
                  <td className="px-3 py-2">
                    <Link href={`/admin/accounts/${a.id}`} className="text-oas-blue underline">
                      {a.email}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{a.name}</td>
                  <td className="px-3 py-2">{t(`roles.${a.role}`)}</td>
                  <td className="px-3 py-2">{a.donorName ?? '—'}</td>
                  <td className="px-3 py-2">{a.isActive ? t('admin.active') : t('admin.inactive')}</td>
                  <td className="px-3 py-2">{a.lastSignInAt ? format.dateTime(new Date(a.lastSignInAt), { dateStyle: 'medium', timeStyle: 'short' }) : t('admin.never')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="invite-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="invite-heading" className="mb-1 text-lg font-semibold">
          {t('admin.inviteTitle')}
        </h2>
        <p className="mb-4 text-sm text-slate-600">{t('admin.inviteIntro')}</p>
        <InviteAccountForm donors={donors} />
      </section>
    </div>
  );
}
