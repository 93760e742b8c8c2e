'use client';

import { useLocale, useTranslations } from 'next-intl';
import { RecordForm } from '@/components/forms/record-form';
import { CheckboxField, CheckboxGroupField, SelectField, TextField } from '@/components/ui/fields';
import type { FormChoices } from '@/db/queries/record-forms';
import { eventKinds, modalities } from '@/db/schema';
import type { FormState } from '@/lib/forms/form-state';
import { ParticipantCounts } from './participant-counts';

interface EventFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  record?: { id: number; version: number };
  activityId: number;
  initial: Record<string, string>;
  initialSectors: string[];
  /** The activity's own countries; all member states when it states none. */
  countries: FormChoices['countries'];
  sectors: FormChoices['sectors'];
}

export function EventForm({ action, record, activityId, initial, initialSectors, countries, sectors }: EventFormProps) {
  const t = useTranslations('records');
  const locale = useLocale();
  const name = (item: { nameEn: string; nameEs: string }) => (locale === 'es' ? item.nameEs : item.nameEn);
  const labels = {
    kind: t('event.kind'),
    title: t('event.title'),
    countryCode: t('event.country'),
    start: t('event.start'),
    end: t('event.end'),
    venue: t('event.venue'),
    modality: t('event.modality'),
    women: t('event.women'),
    men: t('event.men'),
    notDisaggregated: t('event.notDisaggregated'),
    isApproximate: t('event.isApproximate'),
  };
  return (
    <RecordForm action={action} record={record} initial={initial} labels={labels} submitLabel={record ? t('save') : t('create')}>
      {({ values, errors, sentList, refusal }) => (
        <div className="space-y-4">
          <input type="hidden" name="activityId" value={activityId} />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              name="kind"
              label={labels.kind}
              defaultValue={values.kind ?? 'workshop'}
              error={errors.kind}
              options={eventKinds.map((kind) => ({ value: kind, label: t(`eventKinds.${kind}`) }))}
            />
            <TextField name="title" label={labels.title} defaultValue={values.title} error={errors.title} maxLength={300} />
            <SelectField
              name="countryCode"
              label={labels.countryCode}
              defaultValue={values.countryCode ?? ''}
              error={errors.countryCode}
              options={[{ value: '', label: t('notStated') }, ...countries.map((c) => ({ value: c.code, label: name(c) }))]}
            />
            <TextField name="venue" label={labels.venue} defaultValue={values.venue} error={errors.venue} maxLength={300} />
            <TextField name="start" label={labels.start} hint={t('dateHint')} defaultValue={values.start} error={errors.start} maxLength={10} />
            <TextField name="end" label={labels.end} hint={t('dateHint')} defaultValue={values.end} error={errors.end} maxLength={10} />
            <SelectField
              name="modality"
              label={labels.modality}
              defaultValue={values.modality ?? ''}
              error={errors.modality}
              options={[{ value: '', label: t('notStated') }, ...modalities.map((m) => ({ value: m, label: t(`modalities.${m}`) }))]}
            />
          </div>
          {refusal === 'outside_period' || values.confirmOutsidePeriod ? (
            <CheckboxField name="confirmOutsidePeriod" label={t('event.confirmOutsidePeriod')} defaultChecked={values.confirmOutsidePeriod === 'on'} />
          ) : null}
          <ParticipantCounts
            initial={{ women: values.women ?? '', men: values.men ?? '', notDisaggregated: values.notDisaggregated ?? '' }}
            errors={errors}
          />
          <CheckboxField name="isApproximate" label={labels.isApproximate} defaultChecked={values.isApproximate === 'on'} error={errors.isApproximate} />
          <CheckboxGroupField
            name="sectors"
            label={t('event.sectors')}
            error={errors.sectors}
            defaultValues={sentList('sectors') ?? initialSectors}
            options={sectors.map((s) => ({ value: s.code, label: name(s) }))}
          />
        </div>
      )}
    </RecordForm>
  );
}
