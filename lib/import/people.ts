// People counted in a RESULTS sentence: "22 officials (7 female and 15 male)", "Approximately, 45
// officers", "seven officials", "85 docentes (61 mujeres y 24 hombres)". Counts of things that are
// not people (firearms, institutions, schools, jurisdictions, units, countries) are never taken.
import { numberPattern, numberValue } from './numbers';

const peopleNouns = [
  'officials', 'officers', 'participants', 'people', 'persons', 'staff', 'trainers', 'trainees', 'representatives',
  'delegates', 'students', 'teachers', 'agents', 'judges', 'prosecutors', 'investigators', 'inspectors', 'experts',
  'practitioners', 'professionals', 'police', 'policemen', 'policewomen', 'workers', 'employees', 'members', 'personnel',
  'leaders', 'youth', 'young people', 'women', 'men', 'attendees', 'instructors', 'analysts', 'guards', 'managers',
  'funcionarios', 'funcionarias', 'oficiales', 'participantes', 'personas', 'docentes', 'maestros', 'estudiantes',
  'agentes', 'policías', 'policias', 'jueces', 'fiscales', 'representantes', 'delegados', 'servidores', 'servidoras',
  'capacitadores', 'formadores', 'expertos', 'profesionales', 'jóvenes', 'jovenes', 'mujeres', 'hombres', 'miembros',
  'inspectores', 'investigadores', 'trabajadores', 'empleados', 'operadores',
];
const thingNouns = [
  'firearms', 'weapons', 'guns', 'arms', 'institutions', 'schools', 'jurisdictions', 'units', 'countries', 'states',
  'member', 'ports', 'airports', 'documents', 'reports', 'courses', 'workshops', 'modules', 'phases', 'lines', 'months',
  'years', 'days', 'weeks', 'hours', 'projects', 'programs', 'networks', 'cases', 'assets', 'kits', 'computers',
  'armas', 'instituciones', 'escuelas', 'jurisdicciones', 'unidades', 'países', 'paises', 'estados', 'puertos',
  'documentos', 'cursos', 'talleres', 'meses', 'años', 'días', 'semanas', 'horas', 'proyectos', 'programas', 'redes',
];
const thingSet = new Set(thingNouns);
const peopleSet = new Set(peopleNouns);

const women = '(?:women|woman|female|females|mujeres|mujer)';
const men = '(?:men|man|male|males|hombres|hombre|varones)';
const num = `(${numberPattern})`;

export interface PeopleCount {
  total: number;
  women: number | null;
  men: number | null;
  notDisaggregated: number | null;
  approximate: boolean;
  /** Offset of the count in the sentence. */
  index: number;
}

const approximateBefore = /(approximately|approx\.?|about|around|nearly|almost|some|more than|over|aproximadamente|alrededor de|cerca de|unos|unas|más de|mas de)[,\s]*$/i;

/** The head noun of the words after a number: the first people or thing noun within six words. */
function headNoun(after: string): 'people' | 'thing' | null {
  const words = after.toLowerCase().replace(/[()]/g, ' ').split(/[\s,;:.]+/).filter(Boolean).slice(0, 7);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (thingSet.has(w)) return 'thing';
    if (peopleSet.has(w)) {
      // "police officers", "police institutions": the noun after "police" decides.
      const next = words[i + 1];
      if (w === 'police' && next && (thingSet.has(next) || peopleSet.has(next))) continue;
      return 'people';
    }
    if (/^(from|of|in|at|who|that|which|de|del|en|que|quienes)$/.test(w) && i > 0) return null;
  }
  return null;
}

/** The women/men split stated in a piece of text, e.g. "(7 female and 15 male)" or "22 of them were men and 1 woman". */
export function genderSplit(text: string): { women: number; men: number } | null {
  const w = text.match(new RegExp(`${num}\\s+(?:of them\\s+(?:were\\s+)?|de ellos\\s+|de ellas\\s+)?${women}\\b`, 'i'));
  const m = text.match(new RegExp(`${num}\\s+(?:of them\\s+(?:were\\s+)?|de ellos\\s+(?:eran\\s+)?)?${men}\\b`, 'i'));
  const wv = w ? numberValue(w[1]!) : null;
  const mv = m ? numberValue(m[1]!) : null;
  if (wv === null || mv === null) return null;
  return { women: wv, men: mv };
}

/** Every count of people in a sentence, in order. `followUp` is the next sentence ("Specifically, 22 of them were men"). */
export function peopleCountsIn(sentence: string, followUp = ''): PeopleCount[] {
  const counts: PeopleCount[] = [];
  const pattern = new RegExp(`(?<![\\w/.,-])${num}(?![\\w/%-])`, 'gi');
  for (const m of sentence.matchAll(pattern)) {
    const value = numberValue(m[1]!);
    if (value === null || value === 0) continue;
    const index = m.index ?? 0;
    const before = sentence.slice(0, index);
    const after = sentence.slice(index + m[0].length);
    // A year, a date or part of a gender split is not a head count.
    if (value >= 1900 && value <= 2100) continue;
    if (new RegExp(`^\\s*(?:of them\\s+(?:were\\s+)?|de ellos\\s+)?${women}\\b|^\\s*(?:of them\\s+(?:were\\s+)?|de ellos\\s+)?${men}\\b`, 'i').test(after)) continue;
    if (headNoun(after) !== 'people') continue;
    if (counts.some((c) => index > c.index && index < c.index + 60 && /\([^)]*$/.test(before))) continue;
    const approximate = approximateBefore.test(before);
    const parenthesis = after.match(/^[^.;]{0,80}?\(([^)]*)\)/);
    const split = (parenthesis && genderSplit(parenthesis[1]!)) ?? genderSplitNear(after, followUp, value);
    counts.push({
      total: value,
      women: split ? split.women : null,
      men: split ? split.men : null,
      notDisaggregated: split ? Math.max(0, value - split.women - split.men) : value,
      approximate,
      index,
    });
  }
  return counts;
}

/** A split stated later in the sentence or in the sentence after it, accepted only if it adds up to the total. */
function genderSplitNear(after: string, followUp: string, total: number): { women: number; men: number } | null {
  for (const text of [after, followUp]) {
    const split = genderSplit(text);
    if (split && split.women + split.men === total) return split;
  }
  return null;
}
