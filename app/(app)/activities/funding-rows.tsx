import { useTranslations } from 'next-intl';

export interface FundingRow {
  donorId: string;
  amount: string;
  currency: string;
}

const cell = 'mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1.5';

/** One row per donor of an activity, plus empty rows to add donors; a row without a donor is ignored. */
export function FundingRows({ rows, donors, error }: { rows: FundingRow[]; donors: { id: number; name: string }[]; error?: string }) {
  const t = useTranslations('records');
  const shown = [...rows, { donorId: '', amount: '', currency: '' }, { donorId: '', amount: '', currency: '' }];
  return (
    <fieldset aria-describedby={error ? 'funding-error' : 'funding-hint'} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium">{t('activity.funding')}</legend>
      <p id="funding-hint" className="text-xs text-slate-600">
        {t('activity.fundingHint')}
      </p>
      <div className="mt-1 space-y-2">
        {shown.map((row, index) => (
          <div key={index} className="grid gap-2 sm:grid-cols-[2fr_1fr_1fr]">
            <label className="text-sm">
              {t('activity.donorN', { n: index + 1 })}
              <select name="donorId" defaultValue={row.donorId} className={cell}>
                <option value="">{t('activity.noDonor')}</option>
                {donors.map((donor) => (
                  <option key={donor.id} value={donor.id}>
                    {donor.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="text-sm">
              {t('activity.amountN', { n: index + 1 })}
              <input name="amount" inputMode="decimal" defaultValue={row.amount} maxLength={20} className={cell} />
            </label>
            <label className="text-sm">
              {t('activity.currencyN', { n: index + 1 })}
              <input name="currency" defaultValue={row.currency} maxLength={3} placeholder="USD" className={cell} />
            </label>
          </div>
        ))}
      </div>
      {error ? (
        <p id="funding-error" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
