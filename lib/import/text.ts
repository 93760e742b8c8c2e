// Turning extracted lines back into the report's prose: PDF line breaks joined, paragraph breaks
// kept, repeated spaces collapsed, line-end hyphenation joined.
import type { SourceLine } from './types';

export function toLines(text: string): SourceLine[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((t, i) => ({ number: i + 1, text: t.replace(/\u00a0/g, ' ').replace(/\f/g, '') }));
}

export const isBlank = (line: SourceLine) => line.text.trim() === '';

const terminal = /[.!?:;”"')\]]$/;
export const endsSentence = (text: string) => terminal.test(text.trim());

/** Joins lines into one paragraph's text. */
export function joinLines(texts: string[]): string {
  let out = '';
  for (const raw of texts) {
    const t = raw.trim().replace(/\s+/g, ' ');
    if (!t) continue;
    if (!out) out = t;
    else if (/[A-Za-z][-/]$/.test(out)) out += t; // "needs-" + "assessment" → "needs-assessment"; "document/" + "questionnaire"
    else out += ` ${t}`;
  }
  return out;
}

/**
 * Splits the lines of one text block into paragraphs. Single-spaced blocks break at blank lines;
 * double-spaced ones (a blank after every line) break where a short line ends a sentence.
 */
export function paragraphs(lines: SourceLine[]): SourceLine[][] {
  const content = lines.filter((l) => !isBlank(l));
  if (content.length === 0) return [];
  const adjacent = content.filter((l, i) => i > 0 && l.number === content[i - 1]!.number + 1).length;
  const singleSpaced = adjacent >= content.length / 3;
  const longest = Math.max(...content.map((l) => l.text.trim().length));
  const result: SourceLine[][] = [];
  let current: SourceLine[] = [];
  content.forEach((line, i) => {
    const previous = content[i - 1];
    if (previous && current.length > 0) {
      const gap = line.number > previous.number + 1;
      const shortEnd = endsSentence(previous.text) && previous.text.trim().length < longest * 0.8;
      // A line indented by the extraction after a finished sentence starts a new text block.
      const indented = /^\s/.test(line.text) && endsSentence(previous.text);
      if (indented || (singleSpaced ? gap && endsSentence(previous.text) : shortEnd)) {
        result.push(current);
        current = [];
      }
    }
    current.push(line);
  });
  if (current.length) result.push(current);
  return result;
}

export function paragraphText(paragraph: SourceLine[]): string {
  return joinLines(paragraph.map((l) => l.text));
}

/** Paragraphs joined with a blank line between them, as the records store long texts. */
export function blockText(paras: SourceLine[][]): string | null {
  const text = paras.map(paragraphText).filter(Boolean).join('\n\n');
  return text || null;
}

/** Sentences of a text with their offsets, split after . ! ? followed by a space and a capital, digit or quote. */
export function sentences(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  const boundary = /(?<=[.!?])\s+(?=[A-Z0-9ÁÉÍÓÚÑ¿¡“"(])/g;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index ?? 0;
    // "U.S. bound" or "D.C. on" never reach here (lower case follows); "Mr. Smith" is rare enough to ignore.
    out.push({ text: text.slice(start, end), offset: start });
    start = end + m[0].length;
  }
  if (start < text.length) out.push({ text: text.slice(start), offset: start });
  return out.filter((s) => s.text.trim());
}
