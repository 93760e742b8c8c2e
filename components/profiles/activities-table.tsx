import { Link } from '@/components/ui/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { ProfileActivity } from '@/db/queries/profile-lists';
import { localizedName } from '@/lib/localized-name';
import { ScrollArea } from '@/components/ui/scroll-area';
import { formatActivityDates } from './activity-dates';

/** A profile's activities: name (to the activity page), program, dates, donors and amounts where known. */
export async function ActivitiesTable({ caption, activities, showProgram = true }: { caption: string; activities: ProfileActivity[]; showProgram?: boolean }) {
  const [t, tCommon, format, locale] = await Promise.all([getTranslations('profiles'), getTranslations('common'), getFormatter(), getLocale()]);
  if (activities.length === 0) return <p className="text-slate-600">{t('noActivities')}</p>;

  const words = { notStated: tCommon('notStated'), ongoing: t('ongoing') };
  const funding = (donor: ProfileActivity['donors'][number]) => {
    const name = localizedName(locale, { en: donor.name, es: donor.nameEs });
    const amount =
      donor.amount !== null && donor.currency !== null
        ? format.number(donor.amount, { style: 'currency', currency: donor.currency, maximumFractionDigits: 0 })
        : t('amountNotStated');
    return `${name} (${amount})`;
  };

  return (
    <ScrollArea label={caption}>
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-4 font-semibold">{t('activity')}</th>
            {showProgram ? <th scope="col" className="py-2 pr-4 font-semibold">{t('program')}</th> : null}
            <th scope="col" className="py-2 pr-4 font-semibold">{t('dates')}</th>
            <th scope="col" className="py-2 font-semibold">{t('donors')}</th>
          </tr>
        </thead>
        <tbody>
          {activities.map((activity) => (
            <tr key={activity.id} className="border-b border-slate-100 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                <Link href={`/activities/${activity.id}`} className="text-oas-blue underline">
                  {activity.name}
                </Link>
              </th>
              {showProgram ? (
                <td className="py-2 pr-4">
                  <Link href={`/programs/${activity.programId}`} className="underline hover:text-oas-blue">
                    {activity.programName}
                  </Link>
                </td>
              ) : null}
              <td className="py-2 pr-4">{formatActivityDates(activity, locale, words)}</td>
              <td className="py-2">{activity.donors.length > 0 ? activity.donors.map(funding).join('; ') : words.notStated}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
