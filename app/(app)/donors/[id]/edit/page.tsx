import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/auth';
import { EditPageFrame } from '@/components/records/edit-page-frame';
import { db } from '@/db';
import { getDonorForEdit } from '@/db/queries/record-forms';
import { canEdit } from '@/db/viewer';
import { donorFormValues } from '@/lib/forms/record-values';
import { recordId } from '@/lib/validation/fields';
import { updateDonorAction } from '../../actions';
import { DonorForm } from '../../donor-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('records'))('donor.editTitle') };
}

export default async function EditDonorPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission(canEdit);
  const id = recordId.safeParse((await params).id);
  const donor = id.success ? getDonorForEdit(db, { viewer, id: id.data }) : undefined;
  if (!donor) notFound();
  const t = await getTranslations('records');
  return (
    <EditPageFrame
      title={t('donor.editTitle')}
      back={{ href: `/donors/${donor.id}`, label: donor.name }}
      existing={{ viewer, entity: 'donor', id: donor.id, version: donor.version, isArchived: donor.archivedAt !== null, archiveTitle: t('archiveTitle'), archivedNote: t('archivedNote') }}
    >
      {/* Keyed by version: loading the current values after a conflict starts the form afresh. */}
      <DonorForm key={donor.version} action={updateDonorAction} record={donor} initial={donorFormValues(donor)} />
    </EditPageFrame>
  );
}
