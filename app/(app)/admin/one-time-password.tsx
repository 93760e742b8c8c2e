import { useTranslations } from 'next-intl';

/** A generated password, shown once for the admin to hand over. */
export function OneTimePassword({ password }: { password: string }) {
  const t = useTranslations('admin');
  return (
    <p className="mt-2">
      {t('oneTimePassword')}{' '}
      <code className="rounded bg-white px-2 py-1 font-mono text-base" data-testid="one-time-password">
        {password}
      </code>
    </p>
  );
}
