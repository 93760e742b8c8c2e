import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { requireAccount } from '@/auth';
import { db } from '@/db';
import { listMapFigures } from '@/db/queries/map-figures';
import { ScrollArea } from '@/components/ui/scroll-area';
import { localizedName } from '@/lib/localized-name';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('countries'))('title') };
}

/** Every member state with its totals, those with no activity yet too. */
export default async function CountriesPage() {
  await connection();
  const account = await requireAccount();
  const [t, tCharts, format, locale] = await Promise.all([getTranslations('countries'), getTranslations('charts'), getFormatter(), getLocale()]);
  const countries = listMapFigures(db, { viewer: account })
    .map((country) => ({ ...country, name: localizedName(locale, { en: country.nameEn, es: country.nameEs }) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const n = (value: number) => format.number(value);

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-slate-600">{account.donorName ? t('introDonor', { donor: account.donorName }) : t('intro')}</p>
      </header>
      <ScrollArea label={t('title')} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">{t('title')}</caption>
          <thead className="border-b border-slate-300 text-slate-700">
            <tr>
              <th scope="col" className="py-2 pr-4 font-semibold">{tCharts('country')}</th>
              <th scope="col" className="py-2 pr-4 font-semibold">{tCharts('subregion')}</th>
              <th scope="col" className="py-2 pr-4 text-right font-semibold">{t('activities')}</th>
              <th scope="col" className="py-2 pr-4 text-right font-semibold">{t('peopleTrained')}</th>
              <th scope="col" className="py-2 pr-4 text-right font-semibold">{tCharts('women')}</th>
              <th scope="col" className="py-2 pr-4 text-right font-semibold">{tCharts('men')}</th>
              <th scope="col" className="py-2 text-right font-semibold">{tCharts('notDisaggregated')}</th>
            </tr>
          </thead>
          <tbody>
            {countries.map((country) => (
              <tr key={country.code} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-4 font-normal">
                  <Link href={`/countries/${country.code}`} className="text-oas-blue underline">
                    {country.name}
                  </Link>
                </th>
                <td className="py-2 pr-4">{tCharts(`subregions.${country.subregion}`)}</td>
                <td className="py-2 pr-4 text-right tabular-nums">{n(country.activities)}</td>
                <td className="py-2 pr-4 text-right font-semibold tabular-nums">{n(country.total)}</td>
                <td className="py-2 pr-4 text-right tabular-nums">{n(country.women)}</td>
                <td className="py-2 pr-4 text-right tabular-nums">{n(country.men)}</td>
                <td className="py-2 text-right tabular-nums">{n(country.notDisaggregated)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </div>
  );
}
