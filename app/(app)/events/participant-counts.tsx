'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

type Counts = { women: string; men: string; notDisaggregated: string };

const cell = 'mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-600';

/** Women, men and not disaggregated, with their total shown live as their sum (it is never typed). */
export function ParticipantCounts({ initial, errors }: { initial: Counts; errors: Record<string, string> }) {
  const t = useTranslations('records');
  const [counts, setCounts] = useState(initial);
  const numbers = Object.values(counts).map((value) => (/^\d+$/.test(value.trim()) ? Number(value) : 0));
  const total = numbers.reduce((sum, n) => sum + n, 0);
  const fields = ['women', 'men', 'notDisaggregated'] as const;

  return (
    <fieldset>
      <legend className="text-sm font-medium">{t('event.participants')}</legend>
      <p className="text-xs text-slate-600">{t('event.participantsHint')}</p>
      <div className="mt-1 grid gap-3 sm:grid-cols-4">
        {fields.map((name) => (
          <div key={name}>
            <label htmlFor={name} className="block text-sm">
              {t(`event.${name}`)}
            </label>
            <input
              id={name}
              name={name}
              inputMode="numeric"
              defaultValue={initial[name]}
              maxLength={9}
              onInput={(e) => {
                const value = e.currentTarget.value;
                setCounts((c) => ({ ...c, [name]: value }));
              }}
              aria-invalid={errors[name] ? true : undefined}
              aria-describedby={errors[name] ? `${name}-error` : undefined}
              className={cell}
            />
            {errors[name] ? (
              <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
                {errors[name]}
              </p>
            ) : null}
          </div>
        ))}
        <div>
          <span className="block text-sm">{t('event.total')}</span>
          <output htmlFor="women men notDisaggregated" aria-live="polite" className="mt-1 block px-3 py-2 text-lg font-semibold tabular-nums" data-testid="live-total">
            {total}
          </output>
        </div>
      </div>
    </fieldset>
  );
}
