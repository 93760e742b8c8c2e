// A section's prose joined into one string that still knows which source line each part came from.
import { paragraphText, sentences } from './text';
import type { SourceLine } from './types';

export interface LocatedText {
  text: string;
  /** Start offset in `text` of each source line's contribution. */
  marks: { offset: number; line: number }[];
}

export function locate(paras: SourceLine[][]): LocatedText {
  let text = '';
  const marks: LocatedText['marks'] = [];
  for (const paragraph of paras) {
    if (text) text += '\n\n';
    const start = text.length;
    const joined = paragraphText(paragraph);
    // Map each line to where its first word lands in the joined paragraph.
    let cursor = 0;
    for (const line of paragraph) {
      const firstWord = line.text.trim().split(/\s+/)[0] ?? '';
      const found = firstWord ? joined.indexOf(firstWord, cursor) : -1;
      const at = found >= 0 ? found : cursor;
      marks.push({ offset: start + at, line: line.number });
      cursor = at + 1;
    }
    text += joined;
  }
  return { text, marks };
}

/** The source lines a span of the joined text came from. */
export function linesOf(located: LocatedText, from: number, to: number): number[] {
  const lines: number[] = [];
  located.marks.forEach((mark, i) => {
    const next = located.marks[i + 1]?.offset ?? Infinity;
    if (mark.offset < to && next > from) lines.push(mark.line);
  });
  return lines;
}

export interface LocatedSentence {
  text: string;
  offset: number;
  lines: number[];
}

export function locatedSentences(located: LocatedText): LocatedSentence[] {
  return located.text.split('\n\n').reduce<{ out: LocatedSentence[]; base: number }>(
    ({ out, base }, paragraph) => {
      for (const s of sentences(paragraph)) {
        const offset = base + s.offset;
        out.push({ text: s.text, offset, lines: linesOf(located, offset, offset + s.text.length) });
      }
      return { out, base: base + paragraph.length + 2 };
    },
    { out: [], base: 0 },
  ).out;
}
