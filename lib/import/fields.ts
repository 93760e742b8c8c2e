// Single fields of a sheet: program name, unit, pillar, activity name, donors.
import { countriesIn } from './places';
import type { UnitCode } from './types';

const connective = '(?:for|and|of|the|on|against|in|de|del|la|las|los|el|y|para|contra|en|sobre)';
const capitalized = "(?:[\\p{Lu}0-9][\\p{L}\\p{N}_'’.-]*|\\([^)]{1,20}\\))";
const phrasePattern = new RegExp(`${capitalized}(?:(?:\\s+${connective})*\\s+${capitalized})*`, 'gu');
const programWord = /\b(Program|Programme|Network|Programa|Red|Project|Proyecto|Initiative|Iniciativa)\b/;
const leadingNoise = /^((?:the|through|in|this|its|our|since|within|all|each|every|of|el|la|los|las|todos|todas|a trav[ée]s del?|en|este|esta)\s+)+/i;
/** "... Program of CICTE", "... Program of the Department of Public Security (DPS)": the owner is not part of the name. */
const ownerSuffix =
  /\s+(of|de|del)\s+(the\s+|la\s+|el\s+)?(OAS\s+|OEA\s+)?(Department of Public Security|Departamento de Seguridad P[úu]blica|CICTE|CICAD|DPS|DSP|OAS|OEA)(\s+\((DPS|DSP)\))?$/;
const unitToken = /^(CICTE|CICAD|DPS|DSP|OAS|OEA)\s+/;

/** The program's name: the first capitalized phrase that names a Program/Network/Project, e.g. "the Tourism Security Program of CICTE". */
export function programNameIn(text: string, sheetText = text): { name: string; index: number } | null {
  const quoted = text.match(/\b(?:Project|Program|Proyecto|Programa)\s+(?:for|para|de)\s+[“"]([^”"]{10,200})[”"]/);
  for (const m of text.matchAll(phrasePattern)) {
    let phrase = m[0].replace(leadingNoise, '').replace(unitToken, '');
    phrase = phrase.replace(ownerSuffix, '').trim();
    if (!programWord.test(phrase)) continue;
    if (phrase.split(/\s+/).filter((w) => /^[\p{Lu}0-9(]/u.test(w)).length < 2) continue;
    if (quoted && quoted.index !== undefined && Math.abs(quoted.index - (m.index ?? 0)) < 40) return { name: quotedProjectName(text, quoted[1]!.trim()), index: quoted.index };
    return { name: phrase, index: m.index ?? 0 };
  }
  return acronymNameIn(text, sheetText);
}

/**
 * A project quoted by name inside a strategy keeps the strategy's acronym and its own code, which is
 * how it is known: "the Central American Security Strategy (ESCA), and in particular the D.B.3 Project
 * for “Strengthening Programs ...”" → "Strengthening Programs ... (ESCA D.B.3)".
 */
function quotedProjectName(text: string, quoted: string): string {
  const code = text.match(/\bthe\s+([A-Z](?:\.[A-Z0-9]+)+)\s+Project\s+for\b|\bel\s+Proyecto\s+([A-Z](?:\.[A-Z0-9]+)+)\b/);
  const strategy = text.match(/\b(?:Strategy|Estrategia)\b[^()]{0,80}\(([A-Z]{2,8})\)/);
  return code && strategy ? `${quoted} (${strategy[1]} ${code[1] ?? code[2]})` : quoted;
}

const connectiveWord = new RegExp(`^${connective}$`, 'i');
const titleCase = (word: string) => word.replace(/(^|-)(\p{L})/gu, (_m, dash: string, letter: string) => dash + letter.toUpperCase());

/**
 * A program named in lower case and defined by its acronym: "an asset recovery inter-agency network
 * (ARIN) for the Caribbean" → "Asset Recovery Inter-Agency Network for the Caribbean (ARIN-CARIB)"
 * when the sheet also writes the acronym extended ("ARIN-CARIB").
 */
function acronymNameIn(text: string, sheetText: string): { name: string; index: number } | null {
  const pattern = /((?:[\p{Ll}][\p{L}-]*\s+){1,7}?(?:network|program|programme|project|initiative|red|programa|proyecto|iniciativa))\s+\(([\p{Lu}]{2,8})\)((?:\s+(?:for|of|in|de|del|para|en)\s+(?:the\s+|la\s+|el\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)?)/gu;
  for (const m of text.matchAll(pattern)) {
    const words = m[1]!.trim().split(/\s+/);
    const acronym = m[2]!;
    // The acronym spells the initials of the last words of the phrase (connectives aside).
    const initials = words.filter((w) => !connectiveWord.test(w)).map((w) => w[0]!.toUpperCase()).join('');
    if (!initials.endsWith(acronym)) continue;
    const named = words.slice(words.length - words.filter((w) => !connectiveWord.test(w)).length + (initials.length - acronym.length));
    // "ARIN-CARIB" extends "ARIN" for "... for the Caribbean"; "ARIN-SA" (another network) does not.
    const continuation = (m[3] ?? '').toUpperCase();
    const extended = [...sheetText.matchAll(new RegExp(`\\b${acronym}-([\\p{Lu}]{2,10})\\b`, 'gu'))].find((x) =>
      continuation.split(/\s+/).some((word) => word.length > 2 && word.startsWith(x[1]!)),
    )?.[0];
    const name = `${named.map(titleCase).join(' ')}${m[3] ?? ''} (${extended ?? acronym})`;
    return { name, index: (m.index ?? 0) + m[1]!.length - named.join(' ').length };
  }
  return null;
}

const unitPatterns: [UnitCode, RegExp][] = [
  ['CICTE', /\bCICTE\b|Inter-American Committee against Terrorism|Comit[ée] Interamericano contra el Terrorismo/],
  ['CICAD', /\bCICAD\b|Inter-American Drug Abuse Control Commission|Comisi[oó]n Interamericana para el Control del Abuso de Drogas/],
  ['DPS', /\bDPS\b|\bDSP\b|Department of Public Security|Departamento de Seguridad P[úu]blica/],
];

/** The unit named first in the text (DSP is the Spanish DPS); 'certain' when it is the only one named. */
export function unitIn(text: string): { unit: UnitCode; index: number; only: boolean } | null {
  const found = unitPatterns
    .map(([unit, pattern]) => ({ unit, index: text.search(pattern) }))
    .filter((f) => f.index >= 0)
    .sort((a, b) => a.index - b.index);
  const first = found[0];
  return first ? { unit: first.unit, index: first.index, only: found.length === 1 } : null;
}

const pillarNames: [RegExp, string][] = [
  [/^(multidimensional\s+)?security$|^seguridad(\s+multidimensional)?$/i, 'Multidimensional Security'],
  [/^democracy$|^democracia$/i, 'Democracy'],
  [/^human rights$|^derechos humanos$/i, 'Human Rights'],
  [/^integral development$|^desarrollo integral$/i, 'Integral Development'],
];

/** The English name of an OAS pillar printed in either language, or null if it is not one. */
export function pillarName(value: string): string | null {
  const trimmed = value.trim();
  return pillarNames.find(([pattern]) => pattern.test(trimmed))?.[1] ?? null;
}

const noDonor = /^(n\/a|na|none|ninguno|ninguna|no aplica|-+)$/i;

/** Donor names of a "Donor Countries" value; member states get their English name ("Estados Unidos" → "United States"). */
export function donorNames(value: string): string[] {
  if (noDonor.test(value.trim())) return [];
  return value
    .split(/\s*(?:;|,|\/|\band\b|\by\b)\s*/)
    .map((part) => part.trim())
    .filter((part) => part && !noDonor.test(part))
    .map((part) => {
      const country = countriesIn(part)[0];
      return country && country.country.name.length >= part.length - 3 ? country.country.name : part;
    })
    .filter((name, i, all) => all.indexOf(name) === i);
}

/** A donor named in prose: "funded by the government of Canada", "financiado por el Gobierno de Canadá". */
export function fundedByIn(text: string): { name: string; index: number } | null {
  const m = text.match(/\b(?:funded|financed|sponsored)\s+by\s+(?:the\s+)?(?:government\s+of\s+)?((?:the\s+)?[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|of|and|the))*)|\b(?:financiad[oa]|auspiciad[oa])\s+por\s+(?:el\s+)?(?:gobierno\s+de\s+)?([A-ZÁÉÍÓÚ][\wáéíóú-]*(?:\s+[A-ZÁÉÍÓÚ][\wáéíóú-]*)*)/i);
  if (!m) return null;
  const raw = (m[1] ?? m[2] ?? '').trim();
  const country = countriesIn(raw)[0];
  return { name: country ? country.country.name : raw, index: m.index ?? 0 };
}

/** The activity a summary says was offered: "CICTE offered the government of Belize to perform a Needs Assessment and ...". */
export function offeredActivityIn(text: string): { name: string; index: number } | null {
  const m = text.match(/\b(?:to perform|to carry out|to conduct|to hold|to organize|realizar|llevar a cabo|organizar)\s+(?:a|an|the|un|una|el|la)\s+([A-ZÁÉÍÓÚ][^.;]{5,150}?)\s*(?:\.|;|$)/);
  return m ? { name: m[1]!.trim(), index: m.index ?? 0 } : null;
}

/** An activity named as the subject of the objectives: "The Air Cargo Workshop had the objective ...". */
export function namedActivityIn(text: string): { name: string; index: number } | null {
  const m = text.match(/^(?:The|This|El|La|Este|Esta)\s+((?:[A-ZÁÉÍÓÚ][\w-]*\s+)+(?:Workshop|Course|Seminar|Meeting|Conference|Taller|Curso|Seminario|Reuni[oó]n))\b/);
  return m ? { name: m[1]!.trim(), index: m.index ?? 0 } : null;
}
