import { Link } from '@/components/ui/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { listActivityEvents } from '@/db/queries/activities';
import { formatStoredDate } from '@/lib/partial-date';

/** The events of an activity with their participants; a count the source does not give reads "not stated". */
export async function ActivityEvents({ events }: { events: ReturnType<typeof listActivityEvents> }) {
  const [t, tables, columns, common, format, locale] = await Promise.all([
    getTranslations('activityDetail'),
    getTranslations('tables'),
    getTranslations('tables.events.columns'),
    getTranslations('common'),
    getFormatter(),
    getLocale(),
  ]);
  const count = (value: number | null) => (value === null ? <span className="text-slate-500 italic">{common('notStated')}</span> : format.number(value));

  return (
    <section aria-labelledby="events-heading" className="space-y-2">
      <h2 id="events-heading" className="text-lg font-semibold">
        {t('events')}
      </h2>
      {events.length === 0 ? (
        <p className="text-slate-600">{t('noEvents')}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50 text-left">
              <tr>
                {(['title', 'kind', 'country', 'date', 'women', 'men', 'notDisaggregated', 'total'] as const).map((c) => (
                  <th key={c} scope="col" className="px-3 py-2 font-semibold">
                    {columns(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {events.map((e) => (
                <tr key={e.id}>
                  <td className="px-3 py-2">
                    <Link href={`/events/${e.id}`} className="text-oas-blue underline-offset-2 hover:underline">
                      {e.title}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{tables(`eventKinds.${e.kind}`)}</td>
                  <td className="px-3 py-2">{e.countryCode ?? <span className="text-slate-500 italic">{common('notStated')}</span>}</td>
                  <td className="px-3 py-2">
                    {e.startDate && e.startPrecision ? formatStoredDate(e.startDate, e.startPrecision, locale) : <span className="text-slate-500 italic">{common('notStated')}</span>}
                  </td>
                  <td className="px-3 py-2 tabular-nums">{count(e.women)}</td>
                  <td className="px-3 py-2 tabular-nums">{count(e.men)}</td>
                  <td className="px-3 py-2 tabular-nums">{count(e.notDisaggregated)}</td>
                  <td className="px-3 py-2 font-medium tabular-nums">
                    {e.isApproximate ? '~' : null}
                    {format.number(e.total)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
