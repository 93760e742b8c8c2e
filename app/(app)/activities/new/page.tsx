import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/auth';
import { EditPageFrame } from '@/components/records/edit-page-frame';
import { db } from '@/db';
import { getFormChoices } from '@/db/queries/record-forms';
import { canEdit } from '@/db/viewer';
import { recordId } from '@/lib/validation/fields';
import { createActivityAction } from '../actions';
import { ActivityForm } from '../activity-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('records'))('activity.newTitle') };
}

export default async function NewActivityPage({ searchParams }: { searchParams: Promise<{ program?: string }> }) {
  const viewer = await requirePermission(canEdit);
  const t = await getTranslations();
  const choices = getFormChoices(db, { viewer });
  // Opened from a program: that program is chosen already.
  const program = recordId.safeParse((await searchParams).program);
  const programId = program.success && choices.programs.some((p) => p.id === program.data) ? program.data : choices.programs[0]?.id;
  return (
    <EditPageFrame title={t('records.activity.newTitle')} back={{ href: '/activities', label: t('nav.activities') }}>
      <ActivityForm action={createActivityAction} initial={{ programId: String(programId ?? '') }} initialCountries={[]} initialFunding={[]} choices={choices} />
    </EditPageFrame>
  );
}
