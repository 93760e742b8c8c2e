// Splits a report's text into sheets and each sheet into its sections (PROGRAM SUMMARY /
// OBJECTIVES / RESULTS) and side-panel items. Two layouts occur: each heading followed by its
// text, or the three headings stacked first and the texts after them in the order objectives,
// results, (side panel), summary.
import { datePlaceholder, headingOf, isSpanishHeading, labelsOn, type LabelHit, type SectionName } from './labels';
import { endsSentence, isBlank, paragraphs } from './text';
import type { Confidence, SourceLine } from './types';

export type SheetItem =
  | { type: 'heading'; section: SectionName; line: SourceLine }
  | { type: 'label'; hits: LabelHit[]; rest: string; line: SourceLine }
  | { type: 'date'; line: SourceLine }
  | { type: 'value'; lines: SourceLine[] }
  | { type: 'text'; lines: SourceLine[] };

export interface Section {
  paragraphs: SourceLine[][];
  confidence: Confidence;
}

export interface Sheet {
  /** Line number of the PROGRAM SUMMARY heading (or of the first line for a sheet cut off at the top). */
  startLine: number;
  items: SheetItem[];
  sections: Partial<Record<SectionName, Section>>;
  /** Value runs that sit after this sheet's last text and no label claims: they may belong to the next sheet. */
  trailingValues: SourceLine[][];
  /** Value runs inside the sheet that no label claims. */
  orphanValues: SourceLine[][];
  spanish: boolean;
}

const shortLine = 70;
const dateToken = /^(\d{1,2}\/\d{1,2}\/\d{4}|to|a|al|hasta|ongoing|en curso|commencement|completion|inicio|comienzo|finalizaci[oó]n|conclusi[oó]n)$/i;

function isDateLine(text: string): boolean {
  const tokens = text.trim().replace(/\ben curso\b/gi, 'ongoing').split(/\s+/);
  return tokens.length > 0 && tokens.every((t) => dateToken.test(t));
}

function labelLine(text: string): { hits: LabelHit[]; rest: string } | null {
  const trimmed = text.trim();
  if (trimmed.length > 90) return null;
  const found = labelsOn(trimmed);
  if (found.hits.length === 0) return null;
  // A label printed alone, or with only dates and date words beside it.
  const restWithoutDates = found.rest.split(/\s+/).filter((t) => t && !dateToken.test(t));
  return restWithoutDates.length === 0 ? found : null;
}

type Kind = 'heading' | 'label' | 'date' | 'text';

function kindOf(text: string): Kind {
  if (headingOf(text)) return 'heading';
  if (labelLine(text)) return 'label';
  if (isDateLine(text) || datePlaceholder.test(text.trim())) return 'date';
  return 'text';
}

/** Groups a sheet's lines into headings, labels, date tokens, value runs and text runs. */
export function itemsOf(lines: SourceLine[]): SheetItem[] {
  const content = lines.filter((l) => !isBlank(l));
  const items: SheetItem[] = [];
  let i = 0;
  while (i < content.length) {
    const line = content[i]!;
    const kind = kindOf(line.text);
    if (kind === 'heading') items.push({ type: 'heading', section: headingOf(line.text)!, line });
    else if (kind === 'label') items.push({ type: 'label', ...labelLine(line.text)!, line });
    else if (kind === 'date') items.push({ type: 'date', line });
    if (kind !== 'text') {
      i++;
      continue;
    }
    const last = items.at(-1);
    const continues = last?.type === 'text' && !endsSentence(last.lines.at(-1)!.text);
    if (!continues) {
      // A new chunk: a run of short lines not ending a sentence, followed by a label, a heading,
      // a date or the end of the sheet, is a side-panel value rather than prose.
      let j = i;
      while (j < content.length && kindOf(content[j]!.text) === 'text' && content[j]!.text.trim().length < shortLine) j++;
      const run = content.slice(i, j);
      const after = content[j];
      if (run.length > 0 && run.length <= 6 && !/[.!?]$/.test(run.at(-1)!.text.trim()) && (!after || kindOf(after.text) !== 'text')) {
        items.push({ type: 'value', lines: run });
        i = j;
        continue;
      }
    }
    if (last?.type === 'text') last.lines.push(line);
    else items.push({ type: 'text', lines: [line] });
    i++;
  }
  return items;
}

const objectiveOpening =
  /^((This|The) (workshop|course|project|program|training|seminar|meeting|initiative) (aims|seeks|had the objective|has the objective|was designed)|(Este|El|La) (taller|curso|proyecto|programa|seminario|iniciativa) (tiene|tuvo|busca|pretende)|To (?!this\b|date\b|the\b|that\b|these\b|those\b)[a-z]+|The (main |general |specific )?objectives?\b|Strengthen|Contribute|Promote|Develop|Improve|Increase|Build|Support|Enhance|Establish|Provide|Reduce|Prevent|Objective|Fortalecer|Contribuir|Promover|Desarrollar|Mejorar|Apoyar|Establecer|Aumentar|Generar|Brindar|Reducir|Prevenir|(El|Los) objetivos?\b)/;
const summaryOpening =
  /^(The (OAS )?Department of Public Security|Within the framework|Through the|The (?:[A-Z][\w-]*\s+)+(?:Program|Programme|Network|Project)\b|(El|La) (OEA )?Departamento de Seguridad P[úu]blica|En el marco|A trav[ée]s del?|(?:El|La) (?:[A-ZÁÉÍÓÚ][\w-]*\s+)+(?:Programa|Red|Proyecto)\b)/;

const firstWords = (p: SourceLine[]) => p[0]!.text.trim();

/** Assigns each text run to a section, following the heading layout. */
function sectionsOf(items: SheetItem[], leading: boolean): Partial<Record<SectionName, Section>> {
  const sections: Partial<Record<SectionName, Section>> = {};
  const add = (name: SectionName, paragraph: SourceLine[], confidence: Confidence) => {
    const section = (sections[name] ??= { paragraphs: [], confidence });
    section.paragraphs.push(paragraph);
    if (confidence !== 'certain') section.confidence = confidence;
  };
  let stacked: SectionName[] = [];
  let pendingHeadings: SectionName[] = [];
  let current: SectionName | null = leading ? 'summary' : null;
  let currentConfidence: Confidence = leading ? 'likely' : 'certain';
  let panelSinceText = false;
  let resultsBegun = false;

  // In the stacked layout, prose is objectives first, then results; a paragraph that introduces the program is the summary.
  const stackedSection = (paragraph: SourceLine[]): SectionName => {
    const opening = firstWords(paragraph);
    if (stacked.includes('objectives') && !resultsBegun && !sections.objectives && objectiveOpening.test(opening)) return 'objectives';
    if (stacked.includes('objectives') && !resultsBegun && sections.objectives && objectiveOpening.test(opening) && current === 'objectives') return 'objectives';
    if (stacked.includes('summary') && !sections.summary && summaryOpening.test(opening) && (sections.results || sections.objectives)) return 'summary';
    if (current === 'summary') return 'summary';
    if (stacked.includes('results')) {
      resultsBegun = true;
      return 'results';
    }
    return stacked[0]!;
  };

  for (const item of items) {
    if (item.type === 'heading') {
      pendingHeadings.push(item.section);
      continue;
    }
    if (item.type !== 'text') {
      if (pendingHeadings.length === 0) panelSinceText = true;
      continue;
    }
    const paras = paragraphs(item.lines);
    if (pendingHeadings.length === 1) {
      current = pendingHeadings[0]!;
      currentConfidence = 'certain';
      stacked = [];
    } else if (pendingHeadings.length > 1) {
      stacked = pendingHeadings;
      current = null;
      currentConfidence = 'likely';
    } else if (panelSinceText) {
      // Prose after side-panel items goes to a section still empty, the summary first.
      const empty = (['summary', 'objectives', 'results'] as const).find(
        (name) => !sections[name] && (stacked.includes(name) || stacked.length === 0),
      );
      if (empty) {
        current = empty;
        currentConfidence = 'likely';
      }
    }
    pendingHeadings = [];
    panelSinceText = false;
    for (const paragraph of paras) {
      if (stacked.length > 0 && current !== 'summary') {
        const name = stackedSection(paragraph);
        current = name;
        add(name, paragraph, 'likely');
      } else if (current) add(current, paragraph, currentConfidence);
    }
  }
  return sections;
}

/** Value runs of the sheet that come after its last text item and before no label: candidates for drift. */
function trailingValueRuns(items: SheetItem[]): SourceLine[][] {
  const runs: SourceLine[][] = [];
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (item.type === 'value') runs.unshift(item.lines);
    else if (item.type === 'text' || item.type === 'label' || item.type === 'heading') break;
  }
  return runs;
}

const sheetStart = (text: string) => headingOf(text) === 'summary';

/** Splits a whole file into sheets at each PROGRAM SUMMARY / RESUMEN DEL PROGRAMA heading. */
export function splitSheets(lines: SourceLine[]): Sheet[] {
  const starts = lines.filter((l) => sheetStart(l.text)).map((l) => l.number);
  const firstContent = lines.find((l) => !isBlank(l));
  const chunks: { lines: SourceLine[]; leading: boolean }[] = [];
  if (firstContent && (starts.length === 0 || firstContent.number < starts[0]!)) {
    const end = starts[0] ?? Infinity;
    const chunk = lines.filter((l) => l.number < end);
    // Text before the first PROGRAM SUMMARY is a sheet cut off at the top when it has an OBJECTIVES or RESULTS heading.
    if (chunk.some((l) => headingOf(l.text))) chunks.push({ lines: chunk, leading: true });
  }
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? Infinity;
    chunks.push({ lines: lines.filter((l) => l.number >= start && l.number < end), leading: false });
  });
  const spanish = lines.some((l) => isSpanishHeading(l.text));
  return chunks.map(({ lines: chunk, leading }) => {
    const items = itemsOf(chunk);
    const trailing = trailingValueRuns(items);
    return {
      startLine: chunk.find((l) => !isBlank(l))?.number ?? chunk[0]!.number,
      items,
      sections: sectionsOf(items, leading),
      trailingValues: trailing,
      orphanValues: [],
      spanish,
    };
  });
}
