import { Link } from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ImportProposalView } from '@/db/queries/imports';
import { reviewFields, type ReviewField } from '@/lib/import/decisions';
import { compactLines } from '@/lib/import/format';
import type { ProposedRecord } from '@/lib/import/types';
import { ActionForm } from '../action-form';
import { mergeProposalAction, reviewProposalAction } from '../actions';

function shown(record: ProposedRecord, field: ReviewField, none: string, notStated: string): string {
  const value = record[field];
  if (field === 'countries') return record.countries.length ? record.countries.map((c) => c.name).join(', ') : none;
  if (field === 'donors') return record.donors.length ? record.donors.join('; ') : none;
  if (field === 'ongoing') return value ? '✓' : '—';
  return value === null || value === undefined || value === '' ? notStated : String(value);
}

/** What a correction box starts with: the proposed value in the form corrections are typed in. */
function editable(record: ProposedRecord, field: ReviewField): string {
  if (field === 'countries') return record.countries.map((c) => c.code).join(', ');
  if (field === 'donors') return record.donors.join('; ');
  if (field === 'ongoing') return record.ongoing ? 'yes' : 'no';
  const value = record[field];
  return typeof value === 'string' ? value : '';
}

/** One proposed record: its fields beside the source lines they came from, and the editor's decisions. */
export async function ProposalReview({ batchId, batchOpen, proposal, lines }: { batchId: number; batchOpen: boolean; proposal: ImportProposalView; lines: string[] }) {
  const t = await getTranslations('import');
  const { record, decisions } = proposal;
  const used = new Set(Object.values(record.sources).flat());
  // The excerpt is the sheet: countries may come from other sheets of the report (the report's country).
  const own = Object.entries(record.sources).flatMap(([field, n]) => (field === 'countries' ? [] : n));
  const from = Math.max(1, Math.min(...own) - 1);
  const to = Math.min(lines.length, Math.max(...own) + 1);
  const open = batchOpen && proposal.status === 'pending';
  const heading = `proposal-${proposal.id}-heading`;
  const fieldsOfLine = (n: number) => reviewFields.filter((f) => record.sources[f]?.includes(n)).map((f) => t(`fields.${f}`));

  return (
    <section id={`proposal-${proposal.id}`} aria-labelledby={heading} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={heading} className="text-lg font-semibold">
          {t('review.record', { number: proposal.position + 1 })}: {record.activity ?? record.program ?? '—'}
        </h2>
        <p className="text-sm font-medium">
          {t(`status.${proposal.status}`)}
          {proposal.activity ? (
            <>
              {' · '}
              {t('review.created')}{' '}
              <Link href={`/activities/${proposal.activity.id}`} className="text-oas-blue underline">
                {proposal.activity.name}
              </Link>
            </>
          ) : null}
        </p>
      </div>

      {open && proposal.duplicates.length
        ? proposal.duplicates.map((duplicate) => (
            <ActionForm key={duplicate.id} action={mergeProposalAction} className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
              <p>
                {t('review.duplicate', { program: duplicate.programName })}{' '}
                <Link href={`/activities/${duplicate.id}`} className="text-oas-blue underline">
                  {duplicate.name}
                </Link>
              </p>
              <input type="hidden" name="batchId" value={batchId} />
              <input type="hidden" name="proposalId" value={proposal.id} />
              <input type="hidden" name="version" value={proposal.version} />
              <input type="hidden" name="activityId" value={duplicate.id} />
              <input type="hidden" name="activityVersion" value={duplicate.version} />
              <SubmitButton variant="secondary" label={t('review.merge')} pendingLabel={t('review.pending')} />
            </ActionForm>
          ))
        : null}

      <div className="grid gap-4 xl:grid-cols-2">
        <ActionForm action={reviewProposalAction} className="min-w-0 space-y-3">
          <input type="hidden" name="batchId" value={batchId} />
          <input type="hidden" name="proposalId" value={proposal.id} />
          <input type="hidden" name="version" value={proposal.version} />
          <p className="text-xs text-slate-600">{t('review.correctionHint')}</p>
          <ul className="divide-y divide-slate-200">
            {reviewFields.map((field) => {
              const decision = decisions.fields[field];
              const sources = record.sources[field];
              const label = t(`fields.${field}`);
              return (
                <li key={field} className="space-y-1 py-2">
                  <div className="flex flex-wrap items-baseline gap-x-2">
                    <span className="font-medium">{label}</span>
                    {sources?.length ? (
                      <span className="text-xs text-slate-600">
                        {t(`confidence.${record.confidence[field] ?? 'guess'}`)} · {t('review.lines')} {compactLines(sources)}
                      </span>
                    ) : null}
                  </div>
                  <p className="line-clamp-4 whitespace-pre-line break-words text-sm" data-field={field}>
                    {shown(record, field, t('review.none'), t('review.notStated'))}
                  </p>
                  {open ? (
                    <div className="flex flex-wrap gap-2">
                      <select name={`decision.${field}`} defaultValue={decision?.action ?? 'accept'} aria-label={`${t('review.decision')}: ${label}`} className="rounded border border-slate-400 px-2 py-1 text-sm">
                        <option value="accept">{t('decision.accept')}</option>
                        <option value="reject">{t('decision.reject')}</option>
                        <option value="correct">{t('decision.correct')}</option>
                      </select>
                      <input
                        name={`value.${field}`}
                        defaultValue={decision?.action === 'correct' ? decision.value : editable(record, field)}
                        aria-label={t('review.correction', { field: label })}
                        className="min-w-0 flex-1 rounded border border-slate-400 px-2 py-1 text-sm"
                      />
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>

          {record.events.length ? (
            <fieldset className="space-y-1">
              <legend className="font-medium">{t('review.events')}</legend>
              {record.events.map((event, i) => (
                <div key={i} className="text-sm">
                  <p>
                    {t(`eventKinds.${event.kind}`)}: {event.title}
                    {event.country ? ` · ${event.country}` : ''}
                    {event.city ? ` · ${event.city}` : ''}
                    {event.start ? ` · ${event.start}${event.end && event.end !== event.start ? ` – ${event.end}` : ''}` : ''}
                    {event.women !== null || event.men !== null || event.notDisaggregated !== null
                      ? ` · ${t('review.people', { women: event.women ?? 0, men: event.men ?? 0, nd: event.notDisaggregated ?? 0 })}${event.approximate ? ` (${t('review.approximate')})` : ''}`
                      : ''}
                  </p>
                  {open ? (
                    <label className="flex items-center gap-2">
                      <input type="checkbox" name="rejectedEvents" value={i} defaultChecked={decisions.rejectedEvents.includes(i)} />
                      {t('review.rejectEvent', { title: event.title })}
                    </label>
                  ) : null}
                </div>
              ))}
            </fieldset>
          ) : null}

          {record.indicators.length ? (
            <fieldset className="space-y-1">
              <legend className="font-medium">{t('review.indicators')}</legend>
              {record.indicators.map((indicator, i) => (
                <label key={i} className="flex items-center gap-2 text-sm">
                  {open ? <input type="checkbox" name="rejectedIndicators" value={i} defaultChecked={decisions.rejectedIndicators.includes(i)} /> : null}
                  {t('review.rejectIndicator', { name: indicator.name, target: indicator.target })}
                </label>
              ))}
            </fieldset>
          ) : null}

          {open ? (
            <div className="flex flex-wrap gap-2">
              <button type="submit" name="intent" value="accept" className="rounded bg-oas-blue px-4 py-2 font-medium text-white hover:bg-oas-blue/90">
                {t('review.accept')}
              </button>
              <button type="submit" name="intent" value="save" className="rounded border border-slate-400 bg-white px-4 py-2 font-medium hover:bg-slate-100">
                {t('review.save')}
              </button>
              <button type="submit" name="intent" value="reject" className="rounded border border-red-400 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50">
                {t('review.reject')}
              </button>
            </div>
          ) : null}
        </ActionForm>

        <figure className="min-w-0">
          <figcaption className="mb-1 text-sm font-medium">
            {t('review.source', { from, to })} <span className="font-normal text-slate-600">{t('review.sourceHint')}</span>
          </figcaption>
          <div tabIndex={0} role="region" aria-label={t('review.source', { from, to })} className="max-h-[36rem] overflow-auto rounded border border-slate-200 bg-slate-50 p-2 font-mono text-xs">
            {lines.slice(from - 1, to).map((text, i) => {
              const n = from + i;
              const fields = fieldsOfLine(n);
              return (
                <div key={n} className={`flex gap-2 ${used.has(n) ? 'bg-yellow-100' : ''}`} title={fields.join(', ') || undefined}>
                  <span className="w-10 shrink-0 select-none text-right text-slate-700">{n}</span>
                  <span className="whitespace-pre-wrap break-words">{used.has(n) ? <mark className="bg-yellow-200">{text}</mark> : text}</span>
                  {fields.length ? <span className="ml-auto shrink-0 text-[10px] text-slate-700">{fields.join(', ')}</span> : null}
                </div>
              );
            })}
          </div>
        </figure>
      </div>
    </section>
  );
}
