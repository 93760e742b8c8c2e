import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { CountryFigures } from '@/db/queries/map-figures';
import { localizedName } from '@/lib/localized-name';

/** The map's figures as a table, every member state in the reader's alphabetical order: the map's text alternative. */
export async function MapTable({ figures }: { figures: CountryFigures[] }) {
  const [t, format, locale] = await Promise.all([getTranslations('map'), getFormatter(), getLocale()]);
  const n = (value: number) => format.number(value);
  const rows = figures
    .map((country) => ({ ...country, name: localizedName(locale, { en: country.nameEn, es: country.nameEs }) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const cell = 'px-2 py-1 text-right tabular-nums';

  return (
    <details className="rounded border border-slate-200 bg-white p-3 print:hidden" data-testid="map-table">
      <summary className="cursor-pointer font-medium text-oas-blue">{t('tableToggle')}</summary>
      {/* Focusable, so a table wider than a phone can be scrolled from the keyboard. */}
      <div className="mt-3 overflow-x-auto" tabIndex={0} role="group" aria-label={t('tableCaption')}>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t('tableCaption')}</caption>
          <thead className="border-b border-slate-300 text-slate-700">
            <tr>
              <th scope="col" className="px-2 py-1">{t('country')}</th>
              <th scope="col" className={cell}>{t('activities')}</th>
              <th scope="col" className={cell}>{t('women')}</th>
              <th scope="col" className={cell}>{t('men')}</th>
              <th scope="col" className={cell}>{t('notDisaggregated')}</th>
              <th scope="col" className={cell}>{t('total')}</th>
              <th scope="col" className={cell}>{t('share')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code} data-country={row.code} className="border-b border-slate-100">
                <th scope="row" className="px-2 py-1 font-normal">
                  <a href={`/countries/${row.code}`} className="text-oas-blue underline">{row.name}</a>
                </th>
                <td className={cell}>{n(row.activities)}</td>
                <td className={cell}>{n(row.women)}</td>
                <td className={cell}>{n(row.men)}</td>
                <td className={cell}>{n(row.notDisaggregated)}</td>
                <td className={cell}>{n(row.total)}</td>
                <td className={cell}>
                  {row.womenShare.share === null ? t('shareNone') : t('shareCell', { share: row.womenShare.share, base: row.womenShare.base })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
