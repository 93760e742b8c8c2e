'use client';

import { useLocale, useTranslations } from 'next-intl';
import { RecordForm } from '@/components/forms/record-form';
import { CheckboxField, CheckboxGroupField, SelectField, TextAreaField, TextField } from '@/components/ui/fields';
import type { FormChoices } from '@/db/queries/record-forms';
import type { FormState } from '@/lib/forms/form-state';
import { FundingRows, type FundingRow } from './funding-rows';

interface ActivityFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  record?: { id: number; version: number };
  initial: Record<string, string>;
  initialCountries: string[];
  initialFunding: FundingRow[];
  choices: Pick<FormChoices, 'programs' | 'donors' | 'countries'>;
}

/** The funding rows the editor sent, put back together from the parallel lists. */
function sentFunding(sentList: (name: string) => string[] | undefined): FundingRow[] | undefined {
  const donorIds = sentList('donorId');
  if (!donorIds) return undefined;
  const amounts = sentList('amount') ?? [];
  const currencies = sentList('currency') ?? [];
  return donorIds.map((donorId, i) => ({ donorId, amount: amounts[i] ?? '', currency: currencies[i] ?? '' })).filter((row) => row.donorId !== '');
}

export function ActivityForm({ action, record, initial, initialCountries, initialFunding, choices }: ActivityFormProps) {
  const t = useTranslations('records');
  const locale = useLocale();
  const labels = {
    programId: t('activity.program'),
    name: t('activity.name'),
    commencement: t('activity.commencement'),
    completion: t('activity.completion'),
    isOngoing: t('activity.isOngoing'),
    targetBeneficiaries: t('activity.targetBeneficiaries'),
    summary: t('activity.summary'),
    objectives: t('activity.objectives'),
    results: t('activity.results'),
    additionalInfoUrl: t('activity.additionalInfoUrl'),
  };
  return (
    <RecordForm action={action} record={record} initial={initial} labels={labels} submitLabel={record ? t('save') : t('create')}>
      {({ values, errors, sentList }) => (
        <div className="space-y-4">
          <SelectField
            name="programId"
            label={labels.programId}
            defaultValue={values.programId}
            error={errors.programId}
            options={choices.programs.map((p) => ({ value: String(p.id), label: p.name }))}
          />
          <TextField name="name" label={labels.name} defaultValue={values.name} error={errors.name} maxLength={300} />
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField name="commencement" label={labels.commencement} hint={t('dateHint')} defaultValue={values.commencement} error={errors.commencement} maxLength={10} />
            <TextField name="completion" label={labels.completion} hint={t('dateHint')} defaultValue={values.completion} error={errors.completion} maxLength={10} />
            <div className="sm:pt-6">
              <CheckboxField name="isOngoing" label={labels.isOngoing} defaultChecked={values.isOngoing === 'on'} error={errors.isOngoing} />
            </div>
          </div>
          <CheckboxGroupField
            name="countries"
            label={t('activity.countries')}
            error={errors.countries}
            defaultValues={sentList('countries') ?? initialCountries}
            options={choices.countries.map((c) => ({ value: c.code, label: locale === 'es' ? c.nameEs : c.nameEn }))}
          />
          <FundingRows rows={sentFunding(sentList) ?? initialFunding} donors={choices.donors} error={errors.funding} />
          <TextField name="targetBeneficiaries" label={labels.targetBeneficiaries} defaultValue={values.targetBeneficiaries} error={errors.targetBeneficiaries} maxLength={2000} />
          <TextAreaField name="summary" label={labels.summary} defaultValue={values.summary} error={errors.summary} maxLength={20000} />
          <TextAreaField name="objectives" label={labels.objectives} defaultValue={values.objectives} error={errors.objectives} maxLength={20000} />
          <TextAreaField name="results" label={labels.results} defaultValue={values.results} error={errors.results} maxLength={20000} rows={8} />
          <TextField name="additionalInfoUrl" type="url" label={labels.additionalInfoUrl} hint={t('urlHint')} defaultValue={values.additionalInfoUrl} error={errors.additionalInfoUrl} maxLength={2000} />
        </div>
      )}
    </RecordForm>
  );
}
