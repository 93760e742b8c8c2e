import { TablePageHeader } from '@/components/data-table/table-page-header';
import { ClientMessages } from '@/components/i18n/client-messages';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { requireAccount } from '@/auth';
import { db } from '@/db';
import { listDonors } from '@/db/queries/donors';
import { donorKinds } from '@/db/schema';
import { isDonor } from '@/db/viewer';
import { donorsTableSpec } from '@/lib/table-specs';
import { columnLabels, tableView, vocabularyOptions } from '@/lib/table-page';
import { parseTableState } from '@/lib/table-state';
import { DonorsTable } from './donors-table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('tables.donors'))('title') };
}

export default async function DonorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const account = await requireAccount();
  // A donor has one row here, its own: its profile says more.
  if (isDonor(account)) redirect(`/donors/${account.donorId}`);
  const t = await getTranslations('tables.donors');
  const parsed = parseTableState(donorsTableSpec, await searchParams);
  const result = listDonors(db, { viewer: account, state: parsed.state });

  return (
    <ClientMessages namespaces={['tables', 'dataTable', 'common']}>
      <div className="space-y-4">
        <TablePageHeader account={account} title={t('title')} intro={t('intro')} create={{ href: '/donors/new', label: (await getTranslations('records.links'))('newDonor') }} />
        <DonorsTable
          view={tableView(donorsTableSpec, parsed, result)}
          labels={await columnLabels(donorsTableSpec, 'donors')}
          options={{ kind: await vocabularyOptions(donorKinds, 'donorKinds') }}
          caption={t('title')}
          canShowArchived
        />
      </div>
    </ClientMessages>
  );
}
