import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { requireAccount } from '@/auth';
import { db } from '@/db';
import { listApiTokens } from '@/db/queries/api-tokens';
import { CreateTokenForm } from './create-token-form';
import { RevokeTokenButton } from './revoke-token-button';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('profile'))('title') };
}

/** Stored timestamps are UTC 'YYYY-MM-DD HH:MM:SS'. */
const utc = (value: string) => new Date(`${value.replace(' ', 'T')}Z`);

export default async function ProfilePage() {
  await connection();
  const account = await requireAccount();
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const tokens = listApiTokens(db, { viewer: account });
  const when = (value: string | null) => (value ? format.dateTime(utc(value), { dateStyle: 'medium', timeStyle: 'short' }) : t('profile.never'));

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t('profile.title')}</h1>
        <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t('profile.name')}</dt>
          <dd>{account.name}</dd>
          <dt className="font-medium">{t('profile.email')}</dt>
          <dd className="break-all">{account.email}</dd>
          <dt className="font-medium">{t('profile.role')}</dt>
          <dd>
            {t(`roles.${account.role}`)}
            {account.donorName ? ` · ${account.donorName}` : null}
          </dd>
        </dl>
      </header>

      <section aria-labelledby="tokens-heading" className="space-y-4">
        <h2 id="tokens-heading" className="text-lg font-semibold">
          {t('profile.tokensTitle')}
        </h2>
        <p className="max-w-3xl text-slate-700">
          {t('profile.tokensIntro')}{' '}
          <Link href="/api-reference" className="text-oas-blue underline">
            {t('profile.referenceLink')}
          </Link>
        </p>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="mb-3 font-semibold">{t('profile.newToken')}</h3>
          <CreateTokenForm />
        </div>
        {tokens.length === 0 ? (
          <p className="text-slate-700">{t('profile.noTokens')}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t('profile.tokensTitle')}</caption>
              <thead className="bg-slate-100 text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2">{t('profile.tokenName')}</th>
                  <th scope="col" className="px-3 py-2">{t('profile.prefix')}</th>
                  <th scope="col" className="px-3 py-2">{t('profile.created')}</th>
                  <th scope="col" className="px-3 py-2">{t('profile.lastUsed')}</th>
                  <th scope="col" className="px-3 py-2">{t('profile.status')}</th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id} className="border-t border-slate-200" data-testid="token-row">
                    <th scope="row" className="px-3 py-2 font-medium">{token.name}</th>
                    <td className="px-3 py-2 font-mono">{token.prefix}…</td>
                    <td className="px-3 py-2">{when(token.createdAt)}</td>
                    <td className="px-3 py-2">{when(token.lastUsedAt)}</td>
                    <td className="px-3 py-2">
                      {token.revokedAt ? (
                        t('profile.revokedOn', { date: when(token.revokedAt) })
                      ) : (
                        <RevokeTokenButton id={token.id} name={token.name} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
