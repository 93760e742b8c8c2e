// The IATI Standard ruleset checks that apply to our file, run over the XML we publish (not over
// the data we meant to publish): each activity's identifier starts with the reporting
// organisation's, identifiers are unique, recipient countries and regions sum to 100 %, sector
// percentages sum to 100 %, no end date comes before its start, nor a result period's end before
// its start.

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const tags = (xml: string, name: string) => xml.match(new RegExp(`<${name}(?=[\\s/>])[^>]*>`, 'g')) ?? [];
const sumOf = (values: (string | undefined)[]) => values.reduce((total, v) => total + Number(v ?? 'NaN'), 0);
const isHundred = (total: number) => Math.abs(total - 100) < 0.001;

/** The rule violations of an IATI activity file; empty when it passes. */
export function checkIatiRules(xml: string, reportingOrgRef: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const activity of xml.match(/<iati-activity[\s>][\s\S]*?<\/iati-activity>/g) ?? []) {
    const identifier = /<iati-identifier>([^<]*)<\/iati-identifier>/.exec(activity)?.[1] ?? '';
    const where = `activity ${identifier || '(no identifier)'}`;
    if (!identifier.startsWith(`${reportingOrgRef}-`)) problems.push(`${where}: identifier does not start with ${reportingOrgRef}-`);
    if (seen.has(identifier)) problems.push(`${where}: identifier repeated`);
    seen.add(identifier);

    const geography = [...tags(activity, 'recipient-country'), ...tags(activity, 'recipient-region')].map((t) => attr(t, 'percentage'));
    if (geography.length > 0 && !isHundred(sumOf(geography))) problems.push(`${where}: recipient percentages sum to ${sumOf(geography)}`);
    const sectors = tags(activity, 'sector').map((t) => attr(t, 'percentage'));
    if (sectors.length > 0 && !isHundred(sumOf(sectors))) problems.push(`${where}: sector percentages sum to ${sumOf(sectors)}`);

    const dates = tags(activity, 'activity-date').map((t) => ({ type: attr(t, 'type'), date: attr(t, 'iso-date') ?? '' }));
    const starts = dates.filter((d) => d.type === '1' || d.type === '2').map((d) => d.date);
    const ends = dates.filter((d) => d.type === '3' || d.type === '4').map((d) => d.date);
    if (dates.length === 0) problems.push(`${where}: no activity date`);
    for (const start of starts) for (const end of ends) if (end < start) problems.push(`${where}: end ${end} before start ${start}`);

    for (const period of activity.match(/<period>[\s\S]*?<\/period>/g) ?? []) {
      const start = attr(tags(period, 'period-start')[0] ?? '', 'iso-date') ?? '';
      const end = attr(tags(period, 'period-end')[0] ?? '', 'iso-date') ?? '';
      if (end < start) problems.push(`${where}: result period ends ${end} before it starts ${start}`);
    }
  }
  return problems;
}
