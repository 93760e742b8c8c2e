'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { TextField } from '@/components/ui/fields';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleFormState } from '@/lib/forms/form-state';
import { addMeasurementAction } from './actions';

/** Records a value measured on a date, for targets not counted from events. */
export function MeasurementForm({ indicatorId }: { indicatorId: number }) {
  const t = useTranslations('records');
  const [state, action] = useActionState(addMeasurementAction, idleFormState);
  const errors = state.fieldErrors ?? {};
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  return (
    <form action={action} noValidate className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="value" label={t('indicator.value')} defaultValue={values.value} error={errors.value} maxLength={12} />
        <TextField name="measuredOn" type="date" label={t('indicator.measuredOn')} defaultValue={values.measuredOn} error={errors.measuredOn} />
      </div>
      <TextField name="note" label={t('indicator.note')} defaultValue={values.note} error={errors.note} maxLength={2000} />
      <SubmitButton variant="secondary" label={t('indicator.addMeasurement')} pendingLabel={t('saving')} />
    </form>
  );
}
