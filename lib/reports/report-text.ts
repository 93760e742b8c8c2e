import type { DatePrecision } from '@/db/schema';
import type { CountryReport } from '@/db/queries/country-report';
import type { DonorReport } from '@/db/queries/donor-report';
import type { ReportFilters, ReportSheet } from '@/db/queries/report-sheets';
import type { ProfileEvent } from '@/db/queries/profile-lists';
import { localizedName } from '@/lib/localized-name';

// Everything a report says in words, shared by the HTML page and the PDF so that both read
// the same: the labels of the source documents' sheets and the way their values are written.
// Dates are written as the sources write them, M/D/YYYY, so a generated report reads (and
// imports back) like the originals.

export type Report = CountryReport | DonorReport;

/** A next-intl translator over all messages (`getTranslations()` or `createTranslator`). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function reportText(locale: string, translate: Translate) {
  const t = (key: string, values?: Record<string, string | number>) => translate(`reports.${key}`, values);
  const number = new Intl.NumberFormat(locale);
  const words = {
    notStated: t('notStated'),
    ongoing: t('ongoing'),
  };
  return {
    locale,
    label: (key: SheetLabel) => t(key),
    words,
    number: (value: number) => number.format(value),
    pillar: (pillar: string | null) => (pillar ? translate(`tables.pillars.${pillar}`) : null),
    eventKind: (kind: string) => translate(`tables.eventKinds.${kind}`),
    dateRange: (start: string, end: string) => t('dateRange', { start, end }),
    progressOf: (progress: number, target: number) => t('progressOf', { progress: number.format(progress), target: number.format(target) }),
    noProgress: (target: number) => t('noProgress', { target: number.format(target) }),
    page: (page: number) => t('page', { page }),
    backTo: (name: string) => t('backTo', { name }),
    generated: (date: Date) => t('generated', { date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date) }),
    /** The country or donor the report is about, in the reader's language. */
    subject: (report: Report) => subjectName(report, locale),
    title: (report: Report) =>
      report.kind === 'country' ? t('countryTitle', { country: subjectName(report, locale) }) : t('donorTitle', { donor: subjectName(report, locale) }),
    scope: (report: Report) =>
      report.kind === 'country' ? t('countryScope', { country: subjectName(report, locale) }) : t('donorScope', { donor: subjectName(report, locale) }),
    period: (filters: ReportFilters) => {
      const from = filters.from ? isoToSheetDate(filters.from) : null;
      const to = filters.to ? isoToSheetDate(filters.to) : null;
      if (from && to) return t('periodRange', { from, to });
      if (from) return t('periodFrom', { from });
      if (to) return t('periodUntil', { to });
      return t('allDates');
    },
    fileName: (report: Report, today: string) =>
      report.kind === 'country'
        ? `${t('fileCountry')}-${report.country.code}-${today}.pdf`
        : `${t('fileDonor')}-${slug(report.donor.name)}-${today}.pdf`,
  };
}

export type ReportText = ReturnType<typeof reportText>;

const subjectName = (report: Report, locale: string) =>
  report.kind === 'country'
    ? localizedName(locale, { en: report.country.nameEn, es: report.country.nameEs })
    : localizedName(locale, { en: report.donor.name, es: report.donor.nameEs });

/** Where a report's profile, page and PDF live. */
export function reportPaths(report: Report) {
  const profile = report.kind === 'country' ? `/countries/${report.country.code}` : `/donors/${report.donor.id}`;
  return { profile, page: `${profile}/report`, pdf: `${profile}/report/pdf` };
}

export type SheetLabel =
  | 'organisation'
  | 'period'
  | 'program'
  | 'figuresLabel'
  | 'peopleTrained'
  | 'women'
  | 'men'
  | 'notDisaggregated'
  | 'activities'
  | 'donors'
  | 'countriesReached'
  | 'noSheets'
  | 'sheetsLabel'
  | 'programSummary'
  | 'objectives'
  | 'results'
  | 'oasPillar'
  | 'nameOfActivity'
  | 'date'
  | 'targetBeneficiaries'
  | 'donorCountries'
  | 'additionalInformation'
  | 'sidePanelLabel'
  | 'countryNotStated'
  | 'events'
  | 'event'
  | 'eventDate'
  | 'place'
  | 'total'
  | 'approximate'
  | 'noEvents'
  | 'indicators'
  | 'pdfSubject';

/** '2017-04-12' (day) → '4/12/2017'; '2017-04-01' (month) → '4/2017'; '2016-01-01' (year) → '2016'. */
export function sheetDate(date: string, precision: DatePrecision): string {
  const [year, month, day] = date.split('-').map(Number);
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${month}/${year}`;
  return `${month}/${day}/${year}`;
}

const isoToSheetDate = (date: string) => sheetDate(date, 'day');

/**
 * The side panel's Date, "commencement to completion" as the sources print it; an unknown end
 * reads "Not stated", an ongoing one "Ongoing"; null when the sheet gives no date at all.
 */
export function sheetPeriod(sheet: Pick<ReportSheet, 'commencementDate' | 'commencementPrecision' | 'completionDate' | 'completionPrecision' | 'isOngoing'>, text: ReportText): string | null {
  const start = sheet.commencementDate && sheet.commencementPrecision ? sheetDate(sheet.commencementDate, sheet.commencementPrecision) : null;
  const end =
    sheet.completionDate && sheet.completionPrecision ? sheetDate(sheet.completionDate, sheet.completionPrecision) : sheet.isOngoing ? text.words.ongoing : null;
  if (start === null && end === null) return null;
  if (start === null && sheet.isOngoing) return text.words.ongoing;
  return text.dateRange(start ?? text.words.notStated, end ?? text.words.notStated);
}

/** An event's date or dates: '11/15/2016 to 11/16/2016', '2016', or null. */
export function eventPeriod(event: Pick<ProfileEvent, 'startDate' | 'startPrecision' | 'endDate' | 'endPrecision'>, text: ReportText): string | null {
  if (!event.startDate || !event.startPrecision) return null;
  const start = sheetDate(event.startDate, event.startPrecision);
  const end = event.endDate && event.endPrecision ? sheetDate(event.endDate, event.endPrecision) : start;
  return end === start ? start : text.dateRange(start, end);
}

/** Where an event took place: its venue and country, as far as they are stated. */
export function eventPlace(event: Pick<ProfileEvent, 'venue' | 'countryNameEn' | 'countryNameEs'>, locale: string): string | null {
  const country = event.countryNameEn ? localizedName(locale, { en: event.countryNameEn, es: event.countryNameEs }) : null;
  const parts = [event.venue, country].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(', ') : null;
}

/** The participant counts of an event as the sheet prints them; "~" marks an approximate total. */
export function eventCounts(event: Pick<ProfileEvent, 'women' | 'men' | 'notDisaggregated' | 'total' | 'isApproximate'>, text: ReportText) {
  const count = (value: number | null) => (value === null ? '–' : text.number(value));
  return {
    women: count(event.women),
    men: count(event.men),
    notDisaggregated: count(event.notDisaggregated),
    total: event.total === null ? '–' : `${event.isApproximate ? '~' : ''}${text.number(event.total)}`,
  };
}

export const donorNames = (sheet: Pick<ReportSheet, 'donors'>, locale: string) =>
  sheet.donors.map((donor) => localizedName(locale, { en: donor.name, es: donor.nameEs })).join(', ') || null;

export const countryNames = (countries: ReportSheet['countries'], locale: string) =>
  countries.map((country) => localizedName(locale, { en: country.nameEn, es: country.nameEs })).join(', ');

/** The side panel of a sheet: the sources' six labels, in their order, each with its value or null. */
export function sidePanel(sheet: ReportSheet, text: ReportText): { label: string; value: string | null }[] {
  return [
    { label: text.label('oasPillar'), value: text.pillar(sheet.pillar) },
    { label: text.label('nameOfActivity'), value: sheet.name },
    { label: text.label('date'), value: sheetPeriod(sheet, text) },
    { label: text.label('targetBeneficiaries'), value: sheet.targetBeneficiaries },
    { label: text.label('donorCountries'), value: donorNames(sheet, text.locale) },
    { label: text.label('additionalInformation'), value: sheet.additionalInfoUrl },
  ];
}

/** The three texts of a sheet, in the sources' order. */
export function sheetSections(sheet: ReportSheet, text: ReportText): { label: string; paragraphs: string[] }[] {
  return [
    { label: text.label('programSummary'), value: sheet.summary },
    { label: text.label('objectives'), value: sheet.objectives },
    { label: text.label('results'), value: sheet.results },
  ].map(({ label, value }) => ({ label, paragraphs: value ? value.split(/\n{2,}/) : [] }));
}

/** The cover's headline figures, in order. */
export function coverFigures(report: Report, text: ReportText): { key: string; label: string; value: string }[] {
  const f = report.figures;
  return [
    { key: 'people-trained', label: text.label('peopleTrained'), value: text.number(f.peopleTrained) },
    { key: 'women', label: text.label('women'), value: text.number(f.trainedWomen) },
    { key: 'men', label: text.label('men'), value: text.number(f.trainedMen) },
    { key: 'not-disaggregated', label: text.label('notDisaggregated'), value: text.number(f.trainedNotDisaggregated) },
    { key: 'activities', label: text.label('activities'), value: text.number(f.activities) },
    report.kind === 'country'
      ? { key: 'donors', label: text.label('donors'), value: text.number(f.donors) }
      : { key: 'countries-reached', label: text.label('countriesReached'), value: text.number(f.countriesReached) },
  ];
}

/** The sheets of a report, each with the heading of its group (a donor report's country). */
export function reportSections(report: Report, text: ReportText): { heading: string | null; sheets: ReportSheet[] }[] {
  if (report.kind === 'country') return [{ heading: null, sheets: report.sheets }];
  return report.groups.map((group) => ({
    heading: group.country ? localizedName(text.locale, { en: group.country.nameEn, es: group.country.nameEs }) : text.label('countryNotStated'),
    sheets: group.sheets,
  }));
}

function slug(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'donor'
  );
}
