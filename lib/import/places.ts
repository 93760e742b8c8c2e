// Member states named in a text, in English or Spanish, and the few places the reports name
// instead of a country ("OAS Headquarters", "Miami").
import { memberStateRecords } from '@/db/reference-data/member-states';
import type { ProposedCountry } from './types';

const stripAccents = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

// Alternative spellings seen in reports; the member-state list holds the official names.
const aliases: [string, string][] = [
  ['Trinidad & Tobago', 'TT'],
  ['Bahamas', 'BS'],
  ['United States of America', 'US'],
  ['Estados Unidos de América', 'US'],
  ['St. Kitts and Nevis', 'KN'],
  ['St. Lucia', 'LC'],
  ['St. Vincent and the Grenadines', 'VC'],
  ['Salvadorian', 'SV'],
  ['Salvadoran', 'SV'],
];

/** Places that stand for a member state: the report says the city or the building. */
const placeCountries: [string, string][] = [
  ['OAS Headquarters', 'US'],
  ['sede de la OEA', 'US'],
  ['Washington', 'US'],
  ['Miami', 'US'],
];

interface Name {
  pattern: RegExp;
  code: string;
}

function wordPattern(name: string): RegExp {
  const escaped = stripAccents(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\w])${escaped}(?![\\w])`, 'gi');
}

const names: Name[] = [
  ...memberStateRecords.flatMap((r) => [r.nameEn, r.nameEs].map((n) => ({ pattern: wordPattern(n), code: r.code }))),
  ...aliases.map(([n, code]) => ({ pattern: wordPattern(n), code })),
].sort((a, b) => b.pattern.source.length - a.pattern.source.length);

export function countryOf(code: string): ProposedCountry | null {
  const record = memberStateRecords.find((r) => r.code === code);
  return record ? { code: record.code, name: record.nameEn } : null;
}

/** The member states a text names, in order of first mention, each once. */
export function countriesIn(text: string): { country: ProposedCountry; index: number }[] {
  let plain = stripAccents(text);
  const found: { code: string; index: number }[] = [];
  for (const { pattern, code } of names) {
    plain = plain.replace(pattern, (match, index: number) => {
      found.push({ code, index });
      return ' '.repeat(match.length); // so "Dominica" does not match again inside "Dominican Republic"
    });
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.index - b.index)
    .filter(({ code }) => (seen.has(code) ? false : (seen.add(code), true)))
    .map(({ code, index }) => ({ country: countryOf(code)!, index }));
}

/** A place named in a sentence that stands for a member state. */
export function placeCountryIn(text: string): { country: ProposedCountry; place: string } | null {
  for (const [place, code] of placeCountries) {
    if (wordPattern(place).test(stripAccents(text))) return { country: countryOf(code)!, place };
  }
  return null;
}

const notPlaces = /^(January|February|March|April|May|June|July|August|September|October|November|December|Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Octubre|Noviembre|Diciembre|English|Spanish|Ingl[ée]s|Espa[ñn]ol|Member|Estados|OAS|OEA|Central|South|North|Latin|America|Am[ée]rica|the|The)\b/;

/** The city of "held in Bridgetown, Barbados" / "In Port-Of-Spain, Trinidad & Tobago" / "en Ciudad de Guatemala". */
export function cityIn(sentence: string): string | null {
  const m = sentence.match(/\b(?:[Ii]n|[Ee]n)\s+((?:[A-Z][\w'’-]*)(?:[\s-]+(?:[A-Z][\w'’-]*|de|of))*)\s*,\s*([A-Z][\w&\s]+)/);
  if (m && countriesIn(m[2]!).length > 0 && countriesIn(m[1]!).length === 0) return m[1]!.trim();
  // "... were trained in Tegucigalpa." — a capitalized place closing the clause that is not a member state.
  const closing = sentence.match(/\b(?:in|en)\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:\p{Lu}[\p{L}'’-]*|City|de))?)\s*(?:[.,;]|$)/u);
  if (closing && countriesIn(closing[1]!).length === 0 && !notPlaces.test(closing[1]!)) return closing[1]!;
  return null;
}
