'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { setArchivedAction } from '@/app/(app)/archive-action';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleFormState } from '@/lib/forms/form-state';

type Entity = 'program' | 'activity' | 'event' | 'indicator' | 'donor';

/** Archive (or restore) a record: it leaves dashboards and tables, and can come back. */
export function ArchiveButton({ entity, id, version, isArchived }: { entity: Entity; id: number; version: number; isArchived: boolean }) {
  const t = useTranslations('records');
  const [state, action] = useActionState(setArchivedAction, idleFormState);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="entity" value={entity} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="archived" value={isArchived ? 'false' : 'true'} />
      <p className="text-sm text-slate-600">{isArchived ? t('restoreIntro') : t('archiveIntro')}</p>
      <SubmitButton variant="secondary" label={isArchived ? t('restore') : t('archive')} pendingLabel={t('saving')} />
    </form>
  );
}
