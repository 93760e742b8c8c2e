import { Link } from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';
import type { Newest } from '@/db/queries/profile-lists';

/** Under a profile's list cut to the newest few: how many of how many, and the table with them all. */
export async function NewestOfTotal({ list, newest, href }: { list: 'activities' | 'events'; newest: Newest<unknown>; href?: string }) {
  const { rows, total, capped } = newest;
  if (total <= rows.length && !capped) return null;
  const t = await getTranslations('profiles');
  return (
    <p className="mt-3 text-sm text-slate-600" data-testid={`newest-${list}`}>
      {list === 'activities' ? t('newestActivities', { shown: rows.length, total, capped: String(capped) }) : t('newestEvents', { shown: rows.length, total, capped: String(capped) })}{' '}
      {href ? (
        <Link href={href} className="text-oas-blue underline">
          {list === 'activities' ? t('allActivities') : t('allEvents')}
        </Link>
      ) : null}
    </p>
  );
}
