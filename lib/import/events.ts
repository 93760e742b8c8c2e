// Events and indicator targets read from a sheet's RESULTS: people counted (never things), the kind
// of event, its country, city and dates where the sentence gives them. Sentences about plans
// ("expected to", "will") give indicator targets instead of events.
import { writtenDateIn } from './dates';
import type { LocatedSentence } from './located-text';
import { numberPattern, numberValue } from './numbers';
import { peopleCountsIn } from './people';
import { cityIn, countriesIn, placeCountryIn } from './places';
import type { EventKind, ProposedCountry, ProposedEvent, ProposedIndicator } from './types';

const kindWords: [EventKind, RegExp][] = [
  ['assessment_mission', /\b(assessment mission|needs assessment mission|misi[oó]n de evaluaci[oó]n)\b/gi],
  ['workshop', /\b(workshops?|talleres|taller)\b/gi],
  ['meeting', /\b(meetings?|reuni[oó]n|reuniones|conferences?|conferencias?|seminars?|seminarios?|events?|eventos?)\b/gi],
  ['training_course', /\b(courses?|cursos?|training|capacitaci[oó]n|formaci[oó]n)\b/gi],
];
const trainedWord = /\b(trained|capacitad[oa]s|formad[oa]s|entrenad[oa]s)\b/gi;

/**
 * The kind of event a count belongs to: the kind word nearest to it; "trained" means a training
 * course only when it is nearer than any other kind word, or when nothing earlier named the event
 * ("Approximately, 45 officers were trained" after "The Workshop was structured ..." is the workshop).
 */
function ownKind(text: string, at: number, earlier: EventKind | null): EventKind | null {
  const named = nearestKind(text, at);
  const trained = [...text.matchAll(trainedWord)].map((m) => Math.abs((m.index ?? 0) - at)).sort((a, b) => a - b)[0];
  if (trained === undefined) return named;
  if (!named) return earlier ? null : 'training_course';
  const namedDistance = Math.min(
    ...kindWords.flatMap(([, p]) => [...text.matchAll(p)].map((m) => Math.abs((m.index ?? 0) - at))),
  );
  return trained < namedDistance ? 'training_course' : named;
}

/** The first kind of event a text names ("This workshop aims ..."), or null. */
export function nearestKindIn(text: string): EventKind | null {
  return text ? nearestKind(text, 0) : null;
}

/** The kind word nearest a position of the sentence. */
function nearestKind(text: string, at: number): EventKind | null {
  let best: { kind: EventKind; distance: number } | null = null;
  for (const [kind, pattern] of kindWords) {
    for (const m of text.matchAll(pattern)) {
      const distance = Math.abs((m.index ?? 0) - at);
      if (!best || distance < best.distance) best = { kind, distance };
    }
  }
  return best?.kind ?? null;
}

const plannedWords = /\b(will|would|expected|expects|plans?|planned|aims? to|intends?|is being|are being|se espera|espera|est[aá] previst[oa]|se realizar[aá]|ser[aá]n?|tendr[aá] lugar|planea)\b/i;
const indicatorSentence = /\b(expected|expects|aims? to|target|goal|se espera|espera|meta|prev[eé])\b/i;

export interface SheetContext {
  /** The one country the sheet is about, when it names exactly one. */
  soleCountry: ProposedCountry | null;
  /** Kind of event named in the sheet's objectives or summary ("This workshop aims ..."). */
  defaultKind: EventKind | null;
  activityName: string | null;
}

function titleIn(sentence: string, kind: EventKind): string | null {
  const quoted = sentence.match(/[“"]([^”"]{4,120})[”"]/);
  if (quoted && kind === 'meeting') return quoted[1]!;
  const named = sentence.match(
    /((?:[A-Z][\w-]*\s+){1,5}(?:Workshop|Meeting|Course|Training|Seminar|Conference|Mission)|(?:Taller|Reuni[oó]n|Curso|Seminario|Conferencia)(?:\s+(?:de|del|sobre|en|y|[A-ZÁÉÍÓÚ][\w-]*))+)/,
  );
  if (!named) return null;
  return named[1]!.replace(/^(The|A|An|In|On|It|This|That)\s+/, '').trim();
}

const kindTitles: Record<EventKind, string> = {
  training_course: 'Training course',
  workshop: 'Workshop',
  meeting: 'Meeting',
  assessment_mission: 'Assessment mission',
};

function eventCountry(sentence: string, context: SheetContext): { country: ProposedCountry | null; certain: boolean } {
  const named = countriesIn(sentence)[0];
  if (named) return { country: named.country, certain: true };
  const place = placeCountryIn(sentence);
  if (place) return { country: place.country, certain: false };
  return { country: context.soleCountry, certain: false };
}

/** The clause of a count: from the previous ";" (or the sentence start) to the next ",", ";" or " and " after it. */
function clauseOf(sentence: string, index: number): string {
  const start = Math.max(sentence.lastIndexOf(';', index), 0);
  const rest = sentence.slice(index);
  const stop = rest.search(/[,;)]|\s(and|y)\s/);
  return sentence.slice(start, stop < 0 ? undefined : index + stop);
}

/** "This component of the Program included: a two-day Needs Assessment Mission": a mission held, without a head count. */
export function assessmentMissions(sentence: LocatedSentence, context: SheetContext): ProposedEvent[] {
  const m = sentence.text.match(/\b((?:Needs\s+)?Assessment\s+Mission|Misi[oó]n\s+de\s+(?:Evaluaci[oó]n|Diagn[oó]stico)(?:\s+de\s+Necesidades)?)\b/i);
  if (!m) return [];
  const date = writtenDateIn(sentence.text);
  const { country } = eventCountry(sentence.text, context);
  return [{
    kind: 'assessment_mission', title: m[1]!, country, city: cityIn(sentence.text), start: date?.start ?? null, end: date?.end ?? null,
    women: null, men: null, notDisaggregated: null, approximate: false, lines: sentence.lines, confidence: 'likely',
  }];
}

/** An event a sentence says was held, with its date and place but no head count yet. */
interface HeldEvent {
  kind: EventKind;
  title: string | null;
  country: ProposedCountry | null;
  countryCertain: boolean;
  city: string | null;
  start: string;
  end: string;
  /** Index in the event list when it was proposed on its own (a meeting), so a count that follows fills it. */
  proposedAt: number | null;
}

export function eventsAndIndicators(
  results: LocatedSentence[],
  context: SheetContext,
): { events: ProposedEvent[]; indicators: ProposedIndicator[] } {
  const events: ProposedEvent[] = [];
  const indicators: ProposedIndicator[] = [];
  let lastKind: EventKind | null = null;
  let held: HeldEvent | null = null;

  results.forEach((sentence, i) => {
    const text = sentence.text;
    const followUp = results[i + 1]?.text ?? '';
    const counts = peopleCountsIn(text, /^(specifically|of them|of these|de ellos|de ellas|de estos|espec[ií]ficamente)/i.test(followUp) ? followUp : '');
    const date = writtenDateIn(text);
    const city = cityIn(text);
    const planned = plannedWords.test(text);

    if (indicatorSentence.test(text) && planned) {
      indicators.push(...indicatorTargets(sentence));
    } else {
      for (const count of counts) {
        if (plannedWords.test(clauseOf(text, count.index))) continue;
        const own = ownKind(text, count.index, lastKind);
        // "On 3-5 May 2018, the Workshop was held in Kingston. Thirty-four officials ... were trained.": the count
        // belongs to the event the previous sentence dated and placed.
        const previous = !date && held && (!own || own === held.kind || own === 'training_course') ? held : null;
        const kind = previous?.kind ?? own ?? lastKind ?? context.defaultKind ?? 'training_course';
        const place = previous ? { country: previous.country, certain: previous.countryCertain } : eventCountry(text, context);
        const figures = { women: count.women, men: count.men, notDisaggregated: count.notDisaggregated, approximate: count.approximate };
        const filled = previous?.proposedAt != null ? events[previous.proposedAt] : undefined;
        if (filled && filled.notDisaggregated === null && filled.women === null) {
          Object.assign(filled, figures, { lines: [...filled.lines, ...sentence.lines] });
        } else {
          events.push({
            kind,
            title: previous?.title ?? titleIn(text, kind) ?? context.activityName ?? kindTitles[kind],
            country: place.country,
            city: previous?.city ?? city,
            start: previous?.start ?? date?.start ?? null,
            end: previous?.end ?? date?.end ?? null,
            ...figures,
            lines: previous ? [...sentence.lines] : sentence.lines,
            confidence: place.certain && own ? 'certain' : 'likely',
          });
        }
        if (previous) held = null;
      }
      const kind = nearestKind(text, 0);
      if (counts.length === 0 && date && kind && !/expected to take place|se espera/i.test(text)) {
        const { country, certain } = eventCountry(text, context);
        held = { kind, title: titleIn(text, kind), country, countryCertain: certain, city, start: date.start, end: date.end, proposedAt: null };
        // A meeting with a stated date and no head count is an event on its own.
        if (kind === 'meeting') {
          held.proposedAt = events.length;
          events.push({
            kind, title: held.title ?? kindTitles[kind], country, city, start: date.start, end: date.end,
            women: null, men: null, notDisaggregated: null, approximate: false, lines: sentence.lines,
            confidence: planned ? 'guess' : certain ? 'likely' : 'guess',
          });
        }
      } else if (counts.length > 0 || date) held = null;
    }
    if (counts.length === 0 && !planned) events.push(...assessmentMissions(sentence, context));
    const anyKind = nearestKind(text, text.length);
    if (anyKind && anyKind !== 'meeting' && !planned) lastKind = anyKind;
  });
  return { events, indicators };
}

/** Targets of a planned-work sentence: "trains at least 340 police officers ... and 200,000 officers on the virtual platform". */
function indicatorTargets(sentence: LocatedSentence): ProposedIndicator[] {
  const out: ProposedIndicator[] = [];
  const pattern = new RegExp(`(?<![\\w/.,-])(${numberPattern})\\s+(?!per\\b|por\\b)((?:[\\w'’-]+\\s*){1,8})`, 'gi');
  for (const m of sentence.text.matchAll(pattern)) {
    const value = numberValue(m[1]!);
    if (value === null || value < 2 || (value >= 1900 && value <= 2100)) continue;
    if (/^(months?|years?|days?|weeks?|meses|años|días|phases|fases|lines|líneas)\b/i.test(m[2]!)) continue;
    const name = m[2]!.split(/\s+(?:to|during|who|which|in the|on the|que|para|durante)\s+|[,;(]/)[0]!.trim();
    if (!name) continue;
    out.push({ name: name.charAt(0).toUpperCase() + name.slice(1), target: value, lines: sentence.lines });
  }
  return out;
}
