import { Link } from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';
import type { Account } from '@/db/queries/users';
import { canAdminister, canEdit } from '@/db/viewer';
import { LanguageSwitch } from './language-switch';
import { NavLinks, type NavItem } from './nav-links';
import { SignOutButton } from './sign-out-button';

/** The frame of every signed-in page: who is signed in, the navigation, the language. */
export async function AppShell({ account, children }: { account: Account; children: React.ReactNode }) {
  const t = await getTranslations();
  const items: NavItem[] = [
    { href: '/', label: t('nav.dashboard') },
    { href: '/map', label: t('nav.map') },
    { href: '/activities', label: t('nav.activities') },
    { href: '/programs', label: t('nav.programs') },
    { href: '/events', label: t('nav.events') },
    { href: '/countries', label: t('nav.countries') },
    { href: '/donors', label: t('nav.donors') },
    { href: '/api-reference', label: t('nav.api') },
    ...(canEdit(account) ? [{ href: '/import', label: t('import.nav') }] : []),
    ...(canAdminister(account) ? [{ href: '/admin', label: t('nav.administration') }] : []),
  ];

  return (
    <>
      <a href="#main" className="print:hidden sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2">
        {t('app.skipToContent')}
      </a>
      <header className="bg-oas-blue text-white print:hidden">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <div>
            <p className="text-lg font-semibold">{t('app.name')}</p>
            <p className="text-xs text-white/80">{t('app.organisation')}</p>
          </div>
          <div className="flex flex-wrap items-center gap-4">
            <LanguageSwitch />
            <div className="text-right text-sm" data-testid="signed-in-account">
              <p>{t('account.signedInAs', { name: account.name })}</p>
              <p className="text-white/80">
                {t('account.role', { role: t(`roles.${account.role}`) })}
                {account.donorName ? ` · ${t('account.donorOf', { donor: account.donorName })}` : null}
              </p>
            </div>
            <Link href="/profile" className="text-sm underline underline-offset-2 hover:text-white/80">
              {t('account.profile')}
            </Link>
            <SignOutButton label={t('account.signOut')} />
          </div>
        </div>
      </header>
      <NavLinks items={items} label={t('nav.label')} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6 print:max-w-none print:p-0">
        {children}
      </main>
    </>
  );
}
