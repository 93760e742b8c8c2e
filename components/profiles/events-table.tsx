import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { ProfileEvent } from '@/db/queries/profile-lists';
import { localizedName } from '@/lib/localized-name';
import { formatStoredDate } from '@/lib/partial-date';
import { ScrollArea } from '@/components/ui/scroll-area';

/** A profile's events with their participants by gender; a count the source does not give says so. */
export async function EventsTable({ caption, events, showCountry = true }: { caption: string; events: ProfileEvent[]; showCountry?: boolean }) {
  const [t, tCharts, tCommon, format, locale] = await Promise.all([
    getTranslations('profiles'),
    getTranslations('charts'),
    getTranslations('common'),
    getFormatter(),
    getLocale(),
  ]);
  if (events.length === 0) return <p className="text-slate-600">{t('noEvents')}</p>;

  const notStated = tCommon('notStated');
  const count = (value: number | null) => (value === null ? notStated : format.number(value));

  return (
    <ScrollArea label={caption}>
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-4 font-semibold">{t('event')}</th>
            <th scope="col" className="py-2 pr-4 font-semibold">{t('kind')}</th>
            <th scope="col" className="py-2 pr-4 font-semibold">{t('date')}</th>
            {showCountry ? <th scope="col" className="py-2 pr-4 font-semibold">{tCharts('country')}</th> : null}
            <th scope="col" className="py-2 pr-4 text-right font-semibold">{tCharts('women')}</th>
            <th scope="col" className="py-2 pr-4 text-right font-semibold">{tCharts('men')}</th>
            <th scope="col" className="py-2 pr-4 text-right font-semibold">{tCharts('notDisaggregated')}</th>
            <th scope="col" className="py-2 text-right font-semibold">{tCharts('total')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="border-b border-slate-100 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                {event.title}
                {event.isApproximate ? <span className="block text-xs text-slate-600">{t('approximate')}</span> : null}
              </th>
              <td className="py-2 pr-4">{t(`eventKinds.${event.kind}`)}</td>
              <td className="py-2 pr-4">{event.startDate && event.startPrecision ? formatStoredDate(event.startDate, event.startPrecision, locale) : notStated}</td>
              {showCountry ? (
                <td className="py-2 pr-4">
                  {event.countryNameEn === null ? notStated : localizedName(locale, { en: event.countryNameEn, es: event.countryNameEs })}
                </td>
              ) : null}
              <td className="py-2 pr-4 text-right tabular-nums">{count(event.women)}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{count(event.men)}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{count(event.notDisaggregated)}</td>
              <td className="py-2 text-right font-semibold tabular-nums">{count(event.total === null ? null : Number(event.total))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
