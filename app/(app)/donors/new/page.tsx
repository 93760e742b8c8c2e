import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/auth';
import { EditPageFrame } from '@/components/records/edit-page-frame';
import { canEdit } from '@/db/viewer';
import { createDonorAction } from '../actions';
import { DonorForm } from '../donor-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('records'))('donor.newTitle') };
}

export default async function NewDonorPage() {
  await requirePermission(canEdit);
  const t = await getTranslations();
  return (
    <EditPageFrame title={t('records.donor.newTitle')} back={{ href: '/donors', label: t('nav.donors') }}>
      <DonorForm action={createDonorAction} initial={{}} />
    </EditPageFrame>
  );
}
