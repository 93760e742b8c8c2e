// The printed labels of the country-report sheets, in English and Spanish.

export type SectionName = 'summary' | 'objectives' | 'results';
export type PanelLabel = 'pillar' | 'activity' | 'date' | 'beneficiaries' | 'donors' | 'info';

const headingPatterns: [SectionName, RegExp][] = [
  ['summary', /^(program summary|resumen del programa)$/i],
  ['objectives', /^(objectives|objetivos)$/i],
  ['results', /^(results|resultados)$/i],
];

const spanishHeading = /^(resumen del programa|objetivos|resultados)$/i;

/** The section a heading line opens, or null when the line is not a heading. */
export function headingOf(text: string): SectionName | null {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  for (const [name, pattern] of headingPatterns) if (pattern.test(trimmed)) return name;
  return null;
}

export function isSpanishHeading(text: string): boolean {
  return spanishHeading.test(text.trim().replace(/\s+/g, ' '));
}

// Longest first, so "Name of Activity" wins over a shorter overlapping label.
const labelPatterns: [PanelLabel, string][] = [
  ['pillar', 'OAS Pillar'],
  ['pillar', 'Pilar de la OEA'],
  ['pillar', 'Pilar OEA'],
  ['activity', 'Name of Activity'],
  ['activity', 'Nombre de la Actividad'],
  ['beneficiaries', 'Target Beneficiaries'],
  ['beneficiaries', 'Beneficiarios'],
  ['donors', 'Donor Countries'],
  ['donors', 'Países Donantes'],
  ['donors', 'Paises Donantes'],
  ['info', 'Additional Information'],
  ['info', 'Información Adicional'],
  ['info', 'Informacion Adicional'],
  ['date', 'Date'],
  ['date', 'Fecha'],
];

const labelRegex = new RegExp(
  `(?:^|\\s)(${labelPatterns.map(([, text]) => text.replace(/ /g, '\\s+')).join('|')})(?=\\s|$)`,
  'gi',
);

const spanishLabels = new Set(
  labelPatterns.filter(([, text]) => /Pilar|Nombre|Beneficiarios|Pa[ií]ses|Informaci|Fecha/.test(text)).map(([, t]) => t.toLowerCase()),
);

export interface LabelHit {
  label: PanelLabel;
  spanish: boolean;
}

/** The panel labels printed on a line, in order, and what remains of the line without them. */
export function labelsOn(text: string): { hits: LabelHit[]; rest: string } {
  const hits: LabelHit[] = [];
  const rest = text.replace(labelRegex, (_match, found: string) => {
    const normalized = found.replace(/\s+/g, ' ').toLowerCase();
    const entry = labelPatterns.find(([, t]) => t.toLowerCase() === normalized);
    if (entry) hits.push({ label: entry[0], spanish: spanishLabels.has(normalized) });
    return ' ';
  });
  return { hits, rest: rest.trim() };
}

/** Words of the date field that are placeholders, not values ("Commencement to Completion"). */
export const datePlaceholder = /^(commencement|completion|inicio|comienzo|finalizaci[oó]n|conclusi[oó]n)$/i;
export const ongoingWord = /^(ongoing|en curso|en ejecuci[oó]n|vigente)$/i;
