import PDFDocument from 'pdfkit';
import type { IndicatorProgress } from '@/db/queries/indicator-progress';
import type { ProfileEvent } from '@/db/queries/profile-lists';
import type { ReportSheet } from '@/db/queries/report-sheets';
import {
  countryNames,
  coverFigures,
  eventCounts,
  eventPeriod,
  eventPlace,
  reportSections,
  sheetSections,
  sidePanel,
  type Report,
  type ReportText,
} from './report-text';

// The report as a PDF: a cover, then one A4 page (or more) per activity sheet in the layout of
// the source documents: the three texts in the main column, the side panel on the right. It
// takes the same report object as the page and only lays it out. Standard PDF fonts (Helvetica,
// WinAnsi encoding) cover English and Spanish; the text stays selectable.

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 56, bottom: 64, left: 50, right: 50 };
const MAIN = { x: MARGIN.left, width: 330 };
const PANEL = { boxX: 394, x: 403, width: 133 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BLUE = '#0b3a6e';
const INK = '#1e293b';
const MUTED = '#475569';
const PANEL_FILL = '#e8eef6';

type Doc = PDFKit.PDFDocument;

/**
 * The report as a PDF stream: the cover, then one sheet at a time when the reader asks for more.
 * Each sheet's pages are written out (and forgotten) once drawn, so a report of thousands of
 * sheets takes the memory of one, and the server answers other requests between two sheets.
 */
export function reportPdfStream(report: Report, text: ReportText, now = new Date()): ReadableStream<Uint8Array> {
  const title = text.title(report);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true, // a sheet's side panel is drawn on its first page once its main column is done
    lang: text.locale,
    displayTitle: true,
    info: { Title: title, Author: text.label('organisation'), Subject: text.label('pdfSubject'), Creator: 'DPS Results', CreationDate: now },
  });
  const sheets = reportSections(report, text).flatMap((section) => section.sheets.map((sheet, index) => ({ sheet, heading: index === 0 ? section.heading : null })));
  let next = 0;
  let ended = false;
  return new ReadableStream({
    start(controller) {
      doc.on('data', (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk)));
      doc.on('end', () => controller.close());
      doc.on('error', (error) => controller.error(error));
      drawCover(doc, report, text, now);
      flushPages(doc, title, text);
    },
    async pull() {
      if (ended) return;
      await new Promise((resolve) => setImmediate(resolve));
      const item = sheets[next++];
      if (item) {
        drawSheet(doc, item.sheet, text, item.heading);
        flushPages(doc, title, text);
      } else {
        ended = true;
        doc.end();
      }
    },
  });
}

function drawCover(doc: Doc, report: Report, text: ReportText, now: Date) {
  doc.rect(0, 0, PAGE.width, 150).fill(BLUE);
  doc.fillColor('#ffffff').font('Helvetica').fontSize(9).text(text.label('organisation'), MARGIN.left, 48, { width: CONTENT_WIDTH });
  doc.font('Helvetica-Bold').fontSize(22).text(text.title(report), MARGIN.left, 66, { width: CONTENT_WIDTH });
  doc.font('Helvetica').fontSize(9).text(text.generated(now), MARGIN.left, doc.y + 6, { width: CONTENT_WIDTH });

  let y = 176;
  const fact = (label: string, value: string) => {
    doc.font('Helvetica-Bold').fontSize(10).fillColor(INK).text(`${label}: `, MARGIN.left, y, { continued: true });
    doc.font('Helvetica').text(value);
    y = doc.y + 4;
  };
  fact(text.label('period'), text.period(report.filters));
  if (report.programName) fact(text.label('program'), report.programName);

  doc.font('Helvetica-Bold').fontSize(12).fillColor(BLUE).text(text.label('figuresLabel'), MARGIN.left, y + 12);
  const figures = coverFigures(report, text);
  const boxWidth = (CONTENT_WIDTH - 2 * 12) / 3;
  const top = doc.y + 8;
  figures.forEach((figure, index) => {
    const x = MARGIN.left + (index % 3) * (boxWidth + 12);
    const boxY = top + Math.floor(index / 3) * 70;
    doc.roundedRect(x, boxY, boxWidth, 60, 4).fill(PANEL_FILL);
    doc.fillColor(MUTED).font('Helvetica').fontSize(9).text(figure.label, x + 10, boxY + 9, { width: boxWidth - 20 });
    doc.fillColor(BLUE).font('Helvetica-Bold').fontSize(20).text(figure.value, x + 10, boxY + 25, { width: boxWidth - 20 });
  });
  y = top + Math.ceil(figures.length / 3) * 70 + 6;
  doc.fillColor(MUTED).font('Helvetica').fontSize(9).text(text.scope(report), MARGIN.left, y, { width: CONTENT_WIDTH });

  doc.font('Helvetica-Bold').fontSize(12).fillColor(BLUE).text(text.label('sheetsLabel'), MARGIN.left, doc.y + 18);
  const sections = reportSections(report, text);
  if (sections.every((section) => section.sheets.length === 0)) {
    doc.font('Helvetica').fontSize(10).fillColor(INK).text(text.label('noSheets'), MARGIN.left, doc.y + 6);
  }
  for (const section of sections) {
    if (section.heading) doc.font('Helvetica-Bold').fontSize(10).fillColor(INK).text(section.heading, MARGIN.left, doc.y + 8);
    for (const sheet of section.sheets) {
      doc.font('Helvetica').fontSize(9.5).fillColor(INK).text(`•  ${sheet.name}`, MARGIN.left + 8, doc.y + 3, { width: CONTENT_WIDTH - 8 });
    }
  }
}

/** One activity sheet from a new page: the main column first, then the side panel beside its start. */
function drawSheet(doc: Doc, sheet: ReportSheet, text: ReportText, groupHeading: string | null) {
  doc.addPage();
  const firstPage = lastPageIndex(doc);
  if (groupHeading) {
    doc.font('Helvetica-Bold').fontSize(9).fillColor(MUTED).text(groupHeading.toUpperCase(), MARGIN.left, doc.y, { width: CONTENT_WIDTH, characterSpacing: 0.5 });
    doc.moveDown(0.3);
  }
  doc.font('Helvetica-Bold').fontSize(15).fillColor(BLUE).text(sheet.name, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
  const countries = countryNames(sheet.countries, text.locale);
  doc
    .font('Helvetica')
    .fontSize(9)
    .fillColor(MUTED)
    .text([`${sheet.programName} · ${sheet.unitCode}`, countries].filter(Boolean).join(' · '), MARGIN.left, doc.y + 2, { width: CONTENT_WIDTH });
  doc.moveTo(MARGIN.left, doc.y + 6).lineTo(PAGE.width - MARGIN.right, doc.y + 6).lineWidth(0.75).strokeColor(BLUE).stroke();
  const top = doc.y + 16;
  doc.y = top;

  for (const section of sheetSections(sheet, text)) {
    heading(doc, section.label);
    if (section.paragraphs.length === 0) notStated(doc, text, MAIN.x, MAIN.width);
    for (const paragraph of section.paragraphs) {
      doc.font('Helvetica').fontSize(9.5).fillColor(INK).text(paragraph, MAIN.x, doc.y, { width: MAIN.width, paragraphGap: 5, lineGap: 1.5 });
    }
    doc.y += 8;
  }
  drawEvents(doc, sheet.events, text);
  if (sheet.indicators.length > 0) drawIndicators(doc, sheet.indicators, text);

  const lastPage = lastPageIndex(doc);
  const endY = doc.y;
  doc.switchToPage(firstPage);
  drawSidePanel(doc, sheet, text, top);
  doc.switchToPage(lastPage);
  doc.y = endY;
}

function heading(doc: Doc, label: string) {
  ensureSpace(doc, 44);
  doc.font('Helvetica-Bold').fontSize(10.5).fillColor(BLUE).text(label, MAIN.x, doc.y, { width: MAIN.width, characterSpacing: 0.3 });
  doc.y += 3;
}

function notStated(doc: Doc, text: ReportText, x: number, width: number) {
  doc.font('Helvetica-Oblique').fontSize(9).fillColor(MUTED).text(text.words.notStated, x, doc.y, { width });
}

/** Starts a new page when fewer than `height` points are left on this one. */
function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > PAGE.height - MARGIN.bottom) {
    doc.addPage();
    doc.y = MARGIN.top;
  }
}

const EVENT_COLUMN = { key: 'event', width: 100, align: 'left' } as const;
const DATE_COLUMN = { key: 'eventDate', width: 58, align: 'left' } as const;
const COUNT_COLUMNS = [
  { key: 'women', width: 40, align: 'right' },
  { key: 'men', width: 38, align: 'right' },
  { key: 'notDisaggregated', width: 60, align: 'right' },
  { key: 'total', width: 34, align: 'right' },
] as const;
const EVENT_COLUMNS = [EVENT_COLUMN, DATE_COLUMN, ...COUNT_COLUMNS];

/** The events of the sheet with their gender split: part of its RESULTS. */
function drawEvents(doc: Doc, events: ProfileEvent[], text: ReportText) {
  ensureSpace(doc, events.length > 0 ? 100 : 30); // the heading, the column labels and a first row stay together
  doc.font('Helvetica-Bold').fontSize(9.5).fillColor(INK).text(text.label('events'), MAIN.x, doc.y, { width: MAIN.width });
  doc.y += 3;
  if (events.length === 0) {
    doc.font('Helvetica-Oblique').fontSize(9).fillColor(MUTED).text(text.label('noEvents'), MAIN.x, doc.y, { width: MAIN.width });
    doc.y += 8;
    return;
  }
  const headerRow = () => {
    const y = doc.y;
    let x = MAIN.x;
    doc.font('Helvetica-Bold').fontSize(7.5).fillColor(MUTED);
    const heights = EVENT_COLUMNS.map((column) => {
      doc.text(text.label(column.key), x, y, { width: column.width - 4, align: column.align });
      x += column.width;
      return doc.y - y;
    });
    doc.y = y + Math.max(...heights) + 2;
    doc.moveTo(MAIN.x, doc.y).lineTo(MAIN.x + MAIN.width, doc.y).lineWidth(0.5).strokeColor('#94a3b8').stroke();
    doc.y += 3;
  };
  headerRow();
  let approximate = false;
  for (const event of events) {
    approximate ||= event.isApproximate && event.total !== null;
    const counts = eventCounts(event, text);
    const details = [text.eventKind(event.kind), eventPlace(event, text.locale)].filter(Boolean).join(' · ');
    const date = eventPeriod(event, text) ?? text.words.notStated;
    const [eventColumn, dateColumn] = [EVENT_COLUMN, DATE_COLUMN];
    doc.font('Helvetica-Bold').fontSize(8.5);
    const titleHeight = doc.heightOfString(event.title, { width: eventColumn.width - 4 });
    doc.font('Helvetica').fontSize(7.5);
    const rowHeight = Math.max(titleHeight + doc.heightOfString(details, { width: eventColumn.width - 4 }), doc.heightOfString(date, { width: dateColumn.width - 4 })) + 6;
    if (doc.y + rowHeight > PAGE.height - MARGIN.bottom) {
      doc.addPage();
      doc.y = MARGIN.top;
      headerRow();
    }
    const y = doc.y;
    doc.font('Helvetica-Bold').fontSize(8.5).fillColor(INK).text(event.title, MAIN.x, y, { width: eventColumn.width - 4 });
    doc.font('Helvetica').fontSize(7.5).fillColor(MUTED).text(details, MAIN.x, doc.y, { width: eventColumn.width - 4 });
    let x = MAIN.x + eventColumn.width;
    doc.font('Helvetica').fontSize(8.5).fillColor(INK).text(date, x, y, { width: dateColumn.width - 4 });
    x += dateColumn.width;
    for (const column of COUNT_COLUMNS) {
      doc.font(column.key === 'total' ? 'Helvetica-Bold' : 'Helvetica').text(counts[column.key], x, y, { width: column.width - 4, align: 'right' });
      x += column.width;
    }
    doc.y = y + rowHeight;
    doc.moveTo(MAIN.x, doc.y - 3).lineTo(MAIN.x + MAIN.width, doc.y - 3).lineWidth(0.25).strokeColor('#cbd5e1').stroke();
  }
  if (approximate) doc.font('Helvetica').fontSize(7.5).fillColor(MUTED).text(text.label('approximate'), MAIN.x, doc.y + 2, { width: MAIN.width });
  doc.y += 10;
}

function drawIndicators(doc: Doc, indicators: IndicatorProgress[], text: ReportText) {
  ensureSpace(doc, 50);
  doc.font('Helvetica-Bold').fontSize(9.5).fillColor(INK).text(text.label('indicators'), MAIN.x, doc.y, { width: MAIN.width });
  doc.y += 3;
  for (const indicator of indicators) {
    ensureSpace(doc, 34);
    doc.font('Helvetica').fontSize(9).fillColor(INK).text(indicator.name, MAIN.x, doc.y, { width: MAIN.width });
    const progress = indicator.value === null ? text.noProgress(indicator.target) : text.progressOf(indicator.value, indicator.target);
    doc.fontSize(8.5).fillColor(MUTED).text(progress, MAIN.x, doc.y + 1, { width: MAIN.width });
    const barY = doc.y + 2;
    doc.rect(MAIN.x, barY, MAIN.width, 4).fill('#e2e8f0');
    const ratio = Math.min(1, indicator.ratio ?? 0);
    if (ratio > 0) doc.rect(MAIN.x, barY, MAIN.width * ratio, 4).fill(BLUE);
    doc.y = barY + 10;
  }
}

/** The side panel: the sources' six labels, each with its value or "Not stated". */
function drawSidePanel(doc: Doc, sheet: ReportSheet, text: ReportText, top: number) {
  const items = sidePanel(sheet, text);
  const measure = (item: (typeof items)[number]) => {
    doc.font('Helvetica-Bold').fontSize(8);
    const label = doc.heightOfString(item.label, { width: PANEL.width });
    doc.font(item.value === null ? 'Helvetica-Oblique' : 'Helvetica').fontSize(9);
    return label + doc.heightOfString(item.value ?? text.words.notStated, { width: PANEL.width }) + 10;
  };
  const height = items.reduce((sum, item) => sum + measure(item), 0) + 12;
  doc.roundedRect(PANEL.boxX, top - 6, PAGE.width - MARGIN.right - PANEL.boxX, height, 4).fill(PANEL_FILL);
  let y = top + 4;
  for (const item of items) {
    doc.font('Helvetica-Bold').fontSize(8).fillColor(BLUE).text(item.label, PANEL.x, y, { width: PANEL.width });
    doc
      .font(item.value === null ? 'Helvetica-Oblique' : 'Helvetica')
      .fontSize(9)
      .fillColor(item.value === null ? MUTED : INK)
      .text(item.value ?? text.words.notStated, PANEL.x, doc.y + 1, { width: PANEL.width });
    y = doc.y + 9;
  }
}

const lastPageIndex = (doc: Doc) => {
  const { start, count } = doc.bufferedPageRange();
  return start + count - 1;
};

/**
 * Writes out the pages drawn so far, each with "Title · Page n" at its foot. The count of pages
 * is not printed: it is known only once the last sheet is drawn, and holding every page until
 * then took 1.5 GB for the longest reports.
 */
function flushPages(doc: Doc, title: string, text: ReportText) {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the bottom margin must not start a new page
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(MUTED)
      .text(`${title} · ${text.page(index + 1)}`, MARGIN.left, PAGE.height - 40, { width: CONTENT_WIDTH, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.flushPages();
}
