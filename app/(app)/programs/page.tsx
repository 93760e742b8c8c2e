import { TablePageHeader } from '@/components/data-table/table-page-header';
import { ClientMessages } from '@/components/i18n/client-messages';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { requireAccount } from '@/auth';
import { db } from '@/db';
import { listPrograms, listUnits } from '@/db/queries/programs';
import { programsTableSpec } from '@/lib/table-specs';
import { columnLabels, tableView } from '@/lib/table-page';
import { parseTableState } from '@/lib/table-state';
import { ProgramsTable } from './programs-table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('tables.programs'))('title') };
}

export default async function ProgramsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const account = await requireAccount();
  const [t, locale] = await Promise.all([getTranslations('tables.programs'), getLocale()]);
  const parsed = parseTableState(programsTableSpec, await searchParams);
  const result = listPrograms(db, { viewer: account, state: parsed.state });
  const units = listUnits(db).map((u) => ({ value: u.code, label: `${u.code} · ${locale === 'es' ? u.nameEs : u.nameEn}` }));

  return (
    <ClientMessages namespaces={['dataTable', 'common']}>
      <div className="space-y-4">
        <TablePageHeader account={account} title={t('title')} intro={account.donorName ? t('introDonor', { donor: account.donorName }) : t('intro')} create={{ href: '/programs/new', label: (await getTranslations('records.links'))('newProgram') }} />
        <ProgramsTable
          view={tableView(programsTableSpec, parsed, result)}
          labels={await columnLabels(programsTableSpec, 'programs')}
          options={{ unit: units }}
          caption={t('title')}
          canShowArchived={account.role !== 'donor'}
        />
      </div>
    </ClientMessages>
  );
}
