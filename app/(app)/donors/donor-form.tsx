'use client';

import { useTranslations } from 'next-intl';
import { RecordForm } from '@/components/forms/record-form';
import { SelectField, TextField } from '@/components/ui/fields';
import { donorKinds } from '@/db/schema';
import type { FormState } from '@/lib/forms/form-state';

interface DonorFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  record?: { id: number; version: number };
  initial: Record<string, string>;
}

export function DonorForm({ action, record, initial }: DonorFormProps) {
  const t = useTranslations('records');
  const labels = { name: t('donor.name'), nameEs: t('donor.nameEs'), kind: t('donor.kind'), countryCode: t('donor.countryCode') };
  return (
    <RecordForm action={action} record={record} initial={initial} labels={labels} submitLabel={record ? t('save') : t('create')}>
      {({ values, errors }) => (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="name" label={labels.name} defaultValue={values.name} error={errors.name} maxLength={200} />
          <TextField name="nameEs" label={labels.nameEs} defaultValue={values.nameEs} error={errors.nameEs} maxLength={200} />
          <SelectField
            name="kind"
            label={labels.kind}
            defaultValue={values.kind ?? 'member_state'}
            error={errors.kind}
            options={donorKinds.map((kind) => ({ value: kind, label: t(`donorKinds.${kind}`) }))}
          />
          <TextField name="countryCode" label={labels.countryCode} hint={t('donor.countryCodeHint')} defaultValue={values.countryCode} error={errors.countryCode} maxLength={2} />
        </div>
      )}
    </RecordForm>
  );
}
