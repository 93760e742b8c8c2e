import { getFormatter, getTranslations } from 'next-intl/server';
import { ChartFrame } from './chart-frame';
import { WomenShareChart, type WomenShareRow } from './women-share-chart';

/** Below this many people, a share moves a lot with one person: the panel says so. */
const SMALL_BASE = 30;

export interface WomenShareGroup {
  key: string;
  label: string;
  women: number;
  base: number;
  share: number | null;
}

/** Share of women by some grouping, each bar with the count it is computed from, and its table. */
export async function WomenSharePanel({ title, reading, categoryLabel, groups, testId }: {
  title: string;
  reading: string;
  categoryLabel: string;
  groups: WomenShareGroup[];
  testId?: string;
}) {
  const [t, format] = await Promise.all([getTranslations('charts'), getFormatter()]);
  const percent = (value: number) => format.number(value, { style: 'percent', maximumFractionDigits: 0 });
  const rows: WomenShareRow[] = groups
    .filter((group): group is WomenShareGroup & { share: number } => group.share !== null)
    .map((group) => ({ ...group, caption: t('shareCaption', { share: percent(group.share), women: group.women, base: group.base }) }));

  return (
    <ChartFrame
      title={title}
      reading={reading}
      isEmpty={rows.length === 0}
      emptyText={t('emptyShare')}
      testId={testId}
      table={
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{title}</caption>
          <thead className="border-b border-slate-300 text-slate-700">
            <tr>
              <th scope="col" className="py-2 pr-4 font-semibold">{categoryLabel}</th>
              <th scope="col" className="py-2 pr-4 text-right font-semibold">{t('women')}</th>
              <th scope="col" className="py-2 pr-4 text-right font-semibold">{t('genderRecorded')}</th>
              <th scope="col" className="py-2 text-right font-semibold">{t('shareOfWomen')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-4 font-normal">{row.label}</th>
                <td className="py-2 pr-4 text-right tabular-nums">{format.number(row.women)}</td>
                <td className="py-2 pr-4 text-right tabular-nums">{format.number(row.base)}</td>
                <td className="py-2 text-right tabular-nums">{percent(row.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <WomenShareChart rows={rows} />
      {rows.some((row) => row.base < SMALL_BASE) ? <p className="mt-2 text-sm text-slate-600">{t('smallBaseNote', { threshold: SMALL_BASE })}</p> : null}
    </ChartFrame>
  );
}
