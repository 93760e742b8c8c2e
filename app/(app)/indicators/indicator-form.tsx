'use client';

import { useTranslations } from 'next-intl';
import { RecordForm } from '@/components/forms/record-form';
import { CheckboxGroupField, TextField } from '@/components/ui/fields';
import type { FormState } from '@/lib/forms/form-state';

interface IndicatorFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  record?: { id: number; version: number };
  activityId: number;
  initial: Record<string, string>;
  initialEventIds: string[];
  events: { id: number; title: string }[];
}

export function IndicatorForm({ action, record, activityId, initial, initialEventIds, events }: IndicatorFormProps) {
  const t = useTranslations('records');
  const labels = { name: t('indicator.name'), target: t('indicator.target') };
  return (
    <RecordForm action={action} record={record} initial={initial} labels={labels} submitLabel={record ? t('save') : t('create')}>
      {({ values, errors, sentList }) => (
        <div className="space-y-4">
          <input type="hidden" name="activityId" value={activityId} />
          <div className="grid gap-4 sm:grid-cols-[3fr_1fr]">
            <TextField name="name" label={labels.name} hint={t('indicator.nameHint')} defaultValue={values.name} error={errors.name} maxLength={300} />
            <TextField name="target" label={labels.target} defaultValue={values.target} error={errors.target} maxLength={12} />
          </div>
          {events.length ? (
            <CheckboxGroupField
              name="eventIds"
              label={t('indicator.events')}
              hint={t('indicator.eventsHint')}
              error={errors.eventIds}
              defaultValues={sentList('eventIds') ?? initialEventIds}
              options={events.map((e) => ({ value: String(e.id), label: e.title }))}
            />
          ) : null}
        </div>
      )}
    </RecordForm>
  );
}
