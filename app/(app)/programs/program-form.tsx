'use client';

import { useLocale, useTranslations } from 'next-intl';
import { RecordForm } from '@/components/forms/record-form';
import { SelectField, TextAreaField, TextField } from '@/components/ui/fields';
import { dacSectors } from '@/db/reference-data/dac-sectors';
import { pillars } from '@/db/schema';
import type { FormState } from '@/lib/forms/form-state';

interface ProgramFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  record?: { id: number; version: number };
  initial: Record<string, string>;
  units: { id: number; code: string }[];
}

export function ProgramForm({ action, record, initial, units }: ProgramFormProps) {
  const t = useTranslations('records');
  const locale = useLocale();
  const labels = {
    unitId: t('program.unit'),
    name: t('program.name'),
    pillar: t('program.pillar'),
    dacSector: t('program.dacSector'),
    summary: t('program.summary'),
    objectives: t('program.objectives'),
    url: t('program.url'),
  };
  return (
    <RecordForm action={action} record={record} initial={initial} labels={labels} submitLabel={record ? t('save') : t('create')}>
      {({ values, errors }) => (
        <div className="space-y-4">
          <TextField name="name" label={labels.name} defaultValue={values.name} error={errors.name} maxLength={300} />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              name="unitId"
              label={labels.unitId}
              defaultValue={values.unitId}
              error={errors.unitId}
              options={units.map((unit) => ({ value: String(unit.id), label: unit.code }))}
            />
            <SelectField
              name="pillar"
              label={labels.pillar}
              defaultValue={values.pillar ?? ''}
              error={errors.pillar}
              options={[{ value: '', label: t('notStated') }, ...pillars.map((pillar) => ({ value: pillar, label: t(`pillars.${pillar}`) }))]}
            />
          </div>
          <SelectField
            name="dacSector"
            label={labels.dacSector}
            hint={t('program.dacSectorHint')}
            defaultValue={values.dacSector ?? ''}
            error={errors.dacSector}
            options={[
              { value: '', label: t('notStated') },
              ...dacSectors.map((s) => ({ value: s.code, label: `${s.code} · ${locale === 'es' ? s.nameEs : s.nameEn}` })),
            ]}
          />
          <TextAreaField name="summary" label={labels.summary} defaultValue={values.summary} error={errors.summary} maxLength={20000} rows={6} />
          <TextAreaField name="objectives" label={labels.objectives} defaultValue={values.objectives} error={errors.objectives} maxLength={20000} />
          <TextField name="url" type="url" label={labels.url} hint={t('urlHint')} defaultValue={values.url} error={errors.url} maxLength={2000} />
        </div>
      )}
    </RecordForm>
  );
}
