import { TablePageHeader } from '@/components/data-table/table-page-header';
import { ClientMessages } from '@/components/i18n/client-messages';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { requireAccount } from '@/auth';
import { db } from '@/db';
import { listEvents } from '@/db/queries/events';
import { eventKinds, modalities } from '@/db/schema';
import { eventsTableSpec } from '@/lib/table-specs';
import { columnLabels, countryOptions, tableView, vocabularyOptions } from '@/lib/table-page';
import { parseTableState } from '@/lib/table-state';
import { EventsTable } from './events-table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('tables.events'))('title') };
}

export default async function EventsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const account = await requireAccount();
  const t = await getTranslations('tables.events');
  const parsed = parseTableState(eventsTableSpec, await searchParams);
  const result = listEvents(db, { viewer: account, state: parsed.state });

  return (
    <ClientMessages namespaces={['tables', 'dataTable', 'common']}>
      <div className="space-y-4">
        <TablePageHeader account={account} title={t('title')} intro={account.donorName ? t('introDonor', { donor: account.donorName }) : t('intro')} />
        <EventsTable
          view={tableView(eventsTableSpec, parsed, result)}
          labels={await columnLabels(eventsTableSpec, 'events')}
          options={{
            kind: await vocabularyOptions(eventKinds, 'eventKinds'),
            modality: await vocabularyOptions(modalities, 'modalities'),
            country: await countryOptions(),
          }}
          caption={t('title')}
          canShowArchived={account.role !== 'donor'}
        />
      </div>
    </ClientMessages>
  );
}
