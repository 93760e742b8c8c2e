import type { IatiActivity } from '@/db/queries/iati';
import { comment, element, text, type XmlFragment } from './xml';
import type { ReportingOrg } from './reporting-org';

// One IATI 2.03 activity file, element order as the official XSD's sequence requires. Only what
// the data states is reported: an activity with no stated date at all cannot be an IATI activity
// (an activity-date is required) and is left out, named in a comment.

const ACTIVITY_STATUS = { planned: '1', ongoing: '2', completed: '4' } as const;
const DONOR_ORG_TYPE: Record<string, string> = { member_state: '10', permanent_observer: '10', multilateral: '40', other: '90' };
/** DAC region "America, regional", for an activity whose countries are not stated. */
const AMERICA_REGIONAL = '498';

const narrative = (value: string, lang?: string) => element('narrative', lang ? { 'xml:lang': lang } : {}, text(value));
const narratives = (en: string, es: string | null) => [narrative(en), es && es !== en ? narrative(es, 'es') : null];

/** Percentages of n countries in hundredths, split equally with the remainder on the first, as text. */
export function countryPercentages(n: number): string[] {
  if (n === 0) return [];
  const share = Math.floor(10_000 / n);
  const first = 10_000 - share * (n - 1);
  return [first, ...Array(n - 1).fill(share)].map((h: number) => (h / 100).toFixed(2).replace(/\.?0+$/, ''));
}

/** The first stated start: the activity's own, else its first event's. */
const startOf = (a: IatiActivity) => a.commencementDate ?? a.eventDates.first;

/** The activity's dates as IATI types: 1/2 planned/actual start, 3/4 planned/actual end. */
function activityDates(a: IatiActivity, today: string): XmlFragment[] {
  const dates: XmlFragment[] = [];
  const start = startOf(a);
  if (start) dates.push(element('activity-date', { type: start <= today ? '2' : '1', 'iso-date': start }));
  if (a.completionDate) dates.push(element('activity-date', { type: a.completionDate < today ? '4' : '3', 'iso-date': a.completionDate }));
  return dates;
}

/** IATI has no "not stated" status: an activity whose dates do not tell is in implementation once started, else identified. */
function statusCode(a: IatiActivity, today: string): string {
  if (a.status !== 'not_stated') return ACTIVITY_STATUS[a.status];
  const start = startOf(a);
  return start && start <= today ? '2' : '1';
}

/** The period results are reported over: from the first stated date to the last one (or today while ongoing). */
function resultPeriod(a: IatiActivity, today: string): { start: string; end: string } | null {
  const start = startOf(a) ?? a.completionDate;
  if (!start) return null;
  const candidates = [start, a.completionDate ?? (a.isOngoing || a.status === 'ongoing' ? today : null), a.eventDates.last].filter((d): d is string => d !== null);
  return { start, end: candidates.reduce((latest, d) => (d > latest ? d : latest)) };
}

const periodElements = (period: { start: string; end: string }) => [element('period-start', { 'iso-date': period.start }), element('period-end', { 'iso-date': period.end })];
const decimal = (value: number) => String(Math.round(value * 100) / 100);

function indicatorResult(indicator: IatiActivity['indicators'][number], period: { start: string; end: string } | null): XmlFragment {
  return element(
    'result',
    { type: '1' },
    element('title', {}, narrative(indicator.name)),
    element(
      'indicator',
      { measure: '1', ascending: '1' },
      element('title', {}, narrative(indicator.name)),
      period &&
        element(
          'period',
          {},
          ...periodElements(period),
          element('target', { value: decimal(indicator.target) }),
          indicator.value !== null && element('actual', { value: decimal(indicator.value) }),
        ),
    ),
  );
}

/** People trained as one output, with the women and men among them as "sex" dimensions where stated. */
function trainedResult(people: IatiActivity['people'], period: { start: string; end: string }): XmlFragment {
  const bySex = (value: number, sex: 'female' | 'male') => value > 0 && element('actual', { value }, element('dimension', { name: 'sex', value: sex }));
  return element(
    'result',
    { type: '1' },
    element('title', {}, narrative('People trained'), narrative('Personas capacitadas', 'es')),
    element(
      'indicator',
      { measure: '1', ascending: '1' },
      element('title', {}, narrative('Participants trained (training courses and workshops)'), narrative('Participantes capacitados (cursos y talleres)', 'es')),
      element('period', {}, ...periodElements(period), element('actual', { value: people.total }), bySex(people.women, 'female'), bySex(people.men, 'male')),
    ),
  );
}

export function iatiActivityElement(a: IatiActivity, org: ReportingOrg, today: string): XmlFragment | null {
  const dates = activityDates(a, today);
  if (dates.length === 0) return null;
  const period = resultPeriod(a, today);
  const percentages = countryPercentages(a.countries.length);
  const funded = a.funding.filter((f) => f.amount !== null && f.currency !== null);
  const commitmentDate = startOf(a) ?? a.completionDate!;
  return element(
    'iati-activity',
    { 'last-updated-datetime': `${a.updatedAt.replace(' ', 'T')}Z`, 'xml:lang': 'en' },
    element('iati-identifier', {}, text(`${org.ref}-${a.id}`)),
    element('reporting-org', { ref: org.ref, type: org.type }, ...narratives(org.nameEn, org.nameEs)),
    element('title', {}, narrative(a.name)),
    element('description', { type: '1' }, narrative(a.summary ?? a.name)),
    a.objectives ? element('description', { type: '2' }, narrative(a.objectives)) : null,
    ...a.funding.map((f) => element('participating-org', { role: '1', type: DONOR_ORG_TYPE[f.kind] ?? '90' }, ...narratives(f.name, f.nameEs))),
    element('participating-org', { role: '4', type: org.type, ref: org.ref }, ...narratives(`${org.nameEn}: ${a.unit.nameEn}`, `${org.nameEs}: ${a.unit.nameEs}`)),
    element('activity-status', { code: statusCode(a, today) }),
    ...dates,
    ...a.countries.map((c, i) => element('recipient-country', { code: c.code, percentage: percentages[i] })),
    a.countries.length === 0 && element('recipient-region', { code: AMERICA_REGIONAL, vocabulary: '1', percentage: '100' }),
    a.dacSector ? element('sector', { vocabulary: '1', code: a.dacSector, percentage: '100' }) : null,
    ...funded.map((f) =>
      element(
        'transaction',
        {},
        element('transaction-type', { code: '11' }),
        element('transaction-date', { 'iso-date': commitmentDate }),
        element('value', { currency: f.currency, 'value-date': commitmentDate }, text(decimal(f.amount!))),
        element('provider-org', { type: DONOR_ORG_TYPE[f.kind] ?? '90' }, ...narratives(f.name, f.nameEs)),
      ),
    ),
    ...a.indicators.map((indicator) => indicatorResult(indicator, period)),
    period && a.people.total > 0 && trainedResult(a.people, period),
  );
}

/**
 * The file, as chunks of text to stream: the root element, then each activity. Activities left
 * out for having no date are named in a closing comment, with their count in `leftOut`.
 */
export function* iatiActivityFile(batches: Iterable<IatiActivity[]>, options: { org: ReportingOrg; generatedAt: Date; leftOut?: number[] }): Generator<string> {
  const today = options.generatedAt.toISOString().slice(0, 10);
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="${options.generatedAt.toISOString().replace(/\.\d+Z$/, 'Z')}">\n`;
  const leftOut = options.leftOut ?? [];
  for (const batch of batches) {
    let chunk = '';
    for (const activity of batch) {
      const xml = iatiActivityElement(activity, options.org, today);
      if (xml) chunk += `${xml.xml}\n`;
      else leftOut.push(activity.id);
    }
    if (chunk) yield chunk;
  }
  if (leftOut.length) yield `${comment(`Left out for having no stated date (IATI requires one): activities ${leftOut.join(', ')}`).xml}\n`;
  yield '</iati-activities>\n';
}
