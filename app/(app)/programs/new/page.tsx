import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/auth';
import { EditPageFrame } from '@/components/records/edit-page-frame';
import { db } from '@/db';
import { getFormChoices } from '@/db/queries/record-forms';
import { canEdit } from '@/db/viewer';
import { createProgramAction } from '../actions';
import { ProgramForm } from '../program-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('records'))('program.newTitle') };
}

export default async function NewProgramPage() {
  const viewer = await requirePermission(canEdit);
  const t = await getTranslations();
  const { units } = getFormChoices(db, { viewer });
  return (
    <EditPageFrame title={t('records.program.newTitle')} back={{ href: '/programs', label: t('nav.programs') }}>
      <ProgramForm action={createProgramAction} initial={{ unitId: String(units[0]?.id ?? '') }} units={units} />
    </EditPageFrame>
  );
}
