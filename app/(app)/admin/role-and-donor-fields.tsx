'use client';

import { useTranslations } from 'next-intl';
import { SelectField } from '@/components/ui/fields';
import { roles } from '@/db/schema';

/** An account's role and, for a donor account, its donor. */
export function RoleAndDonorFields(props: {
  donors: { id: number; name: string }[];
  role: string;
  donorId: string;
  errors: Record<string, string>;
}) {
  const t = useTranslations();
  return (
    <>
      <SelectField
        name="role"
        label={t('admin.role')}
        error={props.errors.role}
        defaultValue={props.role}
        options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      />
      <SelectField
        name="donorId"
        label={t('admin.donor')}
        hint={t('admin.donorHint')}
        error={props.errors.donorId}
        defaultValue={props.donorId}
        options={[{ value: '', label: t('admin.noDonor') }, ...props.donors.map((d) => ({ value: String(d.id), label: d.name }))]}
      />
    </>
  );
}
