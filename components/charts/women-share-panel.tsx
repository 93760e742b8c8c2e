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
      table={{
        caption: title,
        columns: [categoryLabel, t('women'), t('genderRecorded'), t('shareOfWomen')],
        rows: rows.map((row) => ({ key: row.key, cells: [row.label, format.number(row.women), format.number(row.base), percent(row.share)] })),
      }}
    >
      <WomenShareChart rows={rows} />
      {rows.some((row) => row.base < SMALL_BASE) ? <p className="mt-2 text-sm text-slate-600">{t('smallBaseNote', { threshold: SMALL_BASE })}</p> : null}
    </ChartFrame>
  );
}
