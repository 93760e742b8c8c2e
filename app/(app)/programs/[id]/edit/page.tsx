import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/auth';
import { EditPageFrame } from '@/components/records/edit-page-frame';
import { db } from '@/db';
import { getFormChoices, getProgramForEdit } from '@/db/queries/record-forms';
import { canEdit } from '@/db/viewer';
import { programFormValues } from '@/lib/forms/record-values';
import { recordId } from '@/lib/validation/fields';
import { updateProgramAction } from '../../actions';
import { ProgramForm } from '../../program-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('records'))('program.editTitle') };
}

export default async function EditProgramPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission(canEdit);
  const id = recordId.safeParse((await params).id);
  const program = id.success ? getProgramForEdit(db, { viewer, id: id.data }) : undefined;
  if (!program) notFound();
  const t = await getTranslations('records');
  const { units } = getFormChoices(db, { viewer });
  return (
    <EditPageFrame
      title={t('program.editTitle')}
      back={{ href: `/programs/${program.id}`, label: program.name }}
      existing={{ viewer, entity: 'program', id: program.id, version: program.version, isArchived: program.archivedAt !== null, archiveTitle: t('archiveTitle'), archivedNote: t('archivedNote') }}
    >
      <ProgramForm key={program.version} action={updateProgramAction} record={program} initial={programFormValues(program)} units={units} />
    </EditPageFrame>
  );
}
