import { TablePageHeader } from '@/components/data-table/table-page-header';
import { ClientMessages } from '@/components/i18n/client-messages';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { requireAccount } from '@/auth';
import { db } from '@/db';
import { activityStatuses } from '@/db/activity-status';
import { listActivities, listActivityFilterOptions } from '@/db/queries/activities';
import { activitiesTableSpec } from '@/lib/table-specs';
import { columnLabels, countryOptions, tableView, vocabularyOptions } from '@/lib/table-page';
import { parseTableState } from '@/lib/table-state';
import { ActivitiesTable } from './activities-table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('tables.activities'))('title') };
}

export default async function ActivitiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const account = await requireAccount();
  const t = await getTranslations('tables.activities');
  const parsed = parseTableState(activitiesTableSpec, await searchParams);
  const result = listActivities(db, { viewer: account, state: parsed.state });
  const { programs, donors } = listActivityFilterOptions(db, { viewer: account });

  return (
    <ClientMessages namespaces={['tables', 'dataTable', 'common', 'iatiDownload']}>
      <div className="space-y-4">
        <TablePageHeader account={account} title={t('title')} intro={account.donorName ? t('introDonor', { donor: account.donorName }) : t('intro')} create={{ href: '/activities/new', label: (await getTranslations('records.links'))('newActivity') }} />
        <ActivitiesTable
          view={tableView(activitiesTableSpec, parsed, result)}
          labels={await columnLabels(activitiesTableSpec, 'activities')}
          options={{ program: programs, donors, countries: await countryOptions(), status: await vocabularyOptions(activityStatuses, 'status') }}
          caption={t('title')}
          canShowArchived={account.role !== 'donor'}
        />
      </div>
    </ClientMessages>
  );
}
