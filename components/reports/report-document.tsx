import { coverFigures, reportSections, type Report, type ReportText } from '@/lib/reports/report-text';
import { ActivitySheet } from './activity-sheet';
import './report-print.css';

/** The report as the page shows and prints it: the cover, then every sheet (grouped by country in a donor report). */
export function ReportDocument({ report, text, generatedOn }: { report: Report; text: ReportText; generatedOn: Date }) {
  const sections = reportSections(report, text);
  const empty = sections.every((section) => section.sheets.length === 0);
  return (
    <div className="report-document space-y-6">
      <section aria-labelledby="report-title" className="report-cover overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm print:rounded-none print:border-0 print:shadow-none">
        <div className="bg-oas-blue px-4 py-6 text-white sm:px-6 print:[print-color-adjust:exact]">
          <p className="text-xs text-white/90">{text.label('organisation')}</p>
          <h1 id="report-title" className="mt-1 text-2xl font-semibold sm:text-3xl">
            {text.title(report)}
          </h1>
          <p className="mt-1 text-sm text-white/90">{text.generated(generatedOn)}</p>
        </div>
        <div className="space-y-4 p-4 sm:p-6">
          <dl className="text-sm">
            <div className="flex flex-wrap gap-1">
              <dt className="font-semibold">{text.label('period')}:</dt>
              <dd data-testid="report-period">{text.period(report.filters)}</dd>
            </div>
            {report.programName ? (
              <div className="flex flex-wrap gap-1">
                <dt className="font-semibold">{text.label('program')}:</dt>
                <dd data-testid="report-program">{report.programName}</dd>
              </div>
            ) : null}
          </dl>
          <h2 className="text-lg font-semibold text-oas-blue">{text.label('figuresLabel')}</h2>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
            {coverFigures(report, text).map((figure) => (
              <div key={figure.key} className="rounded bg-oas-blue-light p-3 print:[print-color-adjust:exact]" data-testid={`report-${figure.key}`}>
                <dt className="text-sm text-slate-700">{figure.label}</dt>
                <dd className="text-2xl font-semibold tabular-nums text-oas-blue">{figure.value}</dd>
              </div>
            ))}
          </dl>
          <p className="text-sm text-slate-700">{text.scope(report)}</p>
          {empty ? <p className="text-sm font-medium">{text.label('noSheets')}</p> : null}
        </div>
      </section>
      {sections.map((section, index) =>
        section.heading ? (
          <section key={section.heading} aria-labelledby={`group-${index}`} className="space-y-6">
            <h2 id={`group-${index}`} className="report-group-heading text-xl font-semibold">
              {section.heading}
            </h2>
            {section.sheets.map((sheet) => (
              <ActivitySheet key={sheet.id} sheet={sheet} text={text} group={String(index)} />
            ))}
          </section>
        ) : (
          <section key="sheets" aria-label={text.label('sheetsLabel')} className="space-y-6">
            {section.sheets.map((sheet) => (
              <ActivitySheet key={sheet.id} sheet={sheet} text={text} />
            ))}
          </section>
        ),
      )}
    </div>
  );
}
