import { Paragraphs } from '@/components/profiles/paragraphs';
import { ScrollArea } from '@/components/ui/scroll-area';
import type { ReportSheet } from '@/db/queries/report-sheets';
import { countryNames, eventCounts, eventPeriod, eventPlace, sheetSections, sidePanel, type ReportText } from '@/lib/reports/report-text';

/**
 * One activity sheet in the layout of the source documents: PROGRAM SUMMARY, OBJECTIVES and
 * RESULTS (with the events and their gender split, and the indicators) beside the side panel.
 * Both reports render their sheets with it; in print each starts a new page.
 */
export function ActivitySheet({ sheet, text, group }: { sheet: ReportSheet; text: ReportText; group?: string }) {
  // A donor report may show a sheet under several countries: the group keeps its heading's id unique.
  const headingId = `sheet-${sheet.id}${group ? `-${group}` : ''}`;
  const countries = countryNames(sheet.countries, text.locale);
  return (
    <article aria-labelledby={headingId} className="report-sheet rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 print:rounded-none print:border-0 print:p-0 print:shadow-none" data-testid="report-sheet">
      <header className="border-b-2 border-oas-blue pb-2">
        <h3 id={headingId} className="text-xl font-semibold text-oas-blue">
          {sheet.name}
        </h3>
        <p className="text-sm text-slate-600">{[`${sheet.programName} · ${sheet.unitCode}`, countries].filter(Boolean).join(' · ')}</p>
      </header>
      <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] print:grid-cols-[minmax(0,2.2fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-4">
          {sheetSections(sheet, text).map((section) => (
            <section key={section.label} className="report-section">
              <h4 className="report-heading text-sm font-bold tracking-wide text-oas-blue">{section.label}</h4>
              {section.paragraphs.length > 0 ? (
                <Paragraphs text={section.paragraphs.join('\n\n')} className="mt-1 text-sm leading-relaxed" />
              ) : (
                <p className="mt-1 text-sm text-slate-600 italic">{text.words.notStated}</p>
              )}
            </section>
          ))}
          <SheetEvents sheet={sheet} text={text} />
          <SheetIndicators sheet={sheet} text={text} />
        </div>
        <aside aria-label={`${text.label('sidePanelLabel')}: ${sheet.name}`} className="report-panel self-start rounded bg-oas-blue-light p-4 text-sm">
          <dl className="space-y-3">
            {sidePanel(sheet, text).map((item) => (
              <div key={item.label}>
                <dt className="text-xs font-bold text-oas-blue">{item.label}</dt>
                <dd className="break-words">{item.value ?? <span className="text-slate-600 italic">{text.words.notStated}</span>}</dd>
              </div>
            ))}
          </dl>
        </aside>
      </div>
    </article>
  );
}

function SheetEvents({ sheet, text }: { sheet: ReportSheet; text: ReportText }) {
  if (sheet.events.length === 0) {
    return <p className="text-sm text-slate-600 italic">{text.label('noEvents')}</p>;
  }
  const approximate = sheet.events.some((event) => event.isApproximate && event.total !== null);
  const numeric = 'px-2 py-1.5 text-right tabular-nums';
  return (
    <ScrollArea label={`${text.label('events')}: ${sheet.name}`} className="report-events">
      <table className="w-full min-w-[32rem] text-sm" data-testid="sheet-events">
        <caption className="text-left text-sm font-semibold">{text.label('events')}</caption>
        <thead className="border-b border-slate-300 text-left text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-2 py-1.5">{text.label('event')}</th>
            <th scope="col" className="px-2 py-1.5">{text.label('eventDate')}</th>
            <th scope="col" className="px-2 py-1.5 text-right">{text.label('women')}</th>
            <th scope="col" className="px-2 py-1.5 text-right">{text.label('men')}</th>
            <th scope="col" className="px-2 py-1.5 text-right">{text.label('notDisaggregated')}</th>
            <th scope="col" className="px-2 py-1.5 text-right">{text.label('total')}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {sheet.events.map((event) => {
            const counts = eventCounts(event, text);
            return (
              <tr key={event.id} className="break-inside-avoid">
                <th scope="row" className="px-2 py-1.5 text-left font-medium">
                  {event.title}
                  <span className="block text-xs font-normal text-slate-600">
                    {[text.eventKind(event.kind), eventPlace(event, text.locale)].filter(Boolean).join(' · ')}
                  </span>
                </th>
                <td className="px-2 py-1.5 whitespace-nowrap">{eventPeriod(event, text) ?? <span className="text-slate-600 italic">{text.words.notStated}</span>}</td>
                <td className={numeric}>{counts.women}</td>
                <td className={numeric}>{counts.men}</td>
                <td className={numeric}>{counts.notDisaggregated}</td>
                <td className={`${numeric} font-semibold`}>{counts.total}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {approximate ? <p className="mt-1 text-xs text-slate-600">{text.label('approximate')}</p> : null}
    </ScrollArea>
  );
}

function SheetIndicators({ sheet, text }: { sheet: ReportSheet; text: ReportText }) {
  if (sheet.indicators.length === 0) return null;
  return (
    <div className="report-indicators">
      <p className="text-sm font-semibold">{text.label('indicators')}</p>
      <ul className="mt-1 space-y-2 text-sm">
        {sheet.indicators.map((indicator) => (
          <li key={indicator.id} className="break-inside-avoid">
            <p>{indicator.name}</p>
            <p className="text-slate-600">{indicator.value === null ? text.noProgress(indicator.target) : text.progressOf(indicator.value, indicator.target)}</p>
            <div aria-hidden="true" className="mt-1 h-1.5 rounded bg-slate-200">
              <div className="h-1.5 rounded bg-oas-blue" style={{ width: `${Math.min(1, indicator.ratio ?? 0) * 100}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
