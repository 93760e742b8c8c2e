// A proposed record as plain text for the command line: each field, its confidence and source lines.
import { proposalFields, type ProposedRecord } from './types';

function show(value: unknown): string {
  if (value === null) return 'not stated';
  if (typeof value === 'string') return value.length > 100 ? `${value.slice(0, 97).replace(/\s+/g, ' ')}...` : value;
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ');
  return String(value);
}

export function formatProposal(record: ProposedRecord, number: number): string {
  const rows = proposalFields.map((field) => {
    const lines = record.sources[field];
    const where = lines?.length ? ` [${record.confidence[field]}; lines ${compactLines(lines)}]` : '';
    return `  ${field.padEnd(13)} ${show(record[field])}${where}`;
  });
  return [`#${number} ${record.activity ?? record.program ?? '(unnamed)'}`, ...rows, ''].join('\n');
}

/** 3,4,5,9 → "3-5, 9" */
export function compactLines(lines: number[]): string {
  const ranges: string[] = [];
  let start = lines[0]!;
  let previous = start;
  for (const line of [...lines.slice(1), Infinity]) {
    if (line === previous + 1) {
      previous = line;
      continue;
    }
    ranges.push(start === previous ? `${start}` : `${start}-${previous}`);
    start = previous = line;
  }
  return ranges.join(', ');
}
