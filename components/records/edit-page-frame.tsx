import { Link } from '@/components/ui/link';
import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
import type { Viewer } from '@/db/viewer';
import { ArchiveButton } from './archive-button';
import { RecordHistory } from './record-history';

type Entity = 'program' | 'activity' | 'event' | 'indicator' | 'donor';

interface EditPageFrameProps {
  title: string;
  back: { href: string; label: string };
  /** For an existing record: archive or restore it, and its history. */
  existing?: { viewer: Viewer; entity: Entity; id: number; version: number; isArchived: boolean; archiveTitle: string; archivedNote: string };
  children: ReactNode;
}

/** The layout shared by every create and edit page, with the messages its client forms translate with. */
export function EditPageFrame({ title, back, existing, children }: EditPageFrameProps) {
  return (
    <ClientMessages namespaces={['records', 'forms']}>
      <div className="space-y-6">
        <p className="text-sm">
          <Link href={back.href} className="text-oas-blue underline">
            ← {back.label}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{title}</h1>
        {existing?.isArchived ? (
          <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
            {existing.archivedNote}
          </p>
        ) : null}
        <div className="grid gap-6 lg:grid-cols-3">
          <section className="rounded-lg border border-slate-200 bg-white p-4 lg:col-span-2">{children}</section>
          {existing ? (
            <div className="space-y-6">
              <section aria-labelledby="archive-heading" className="rounded-lg border border-slate-200 bg-white p-4">
                <h2 id="archive-heading" className="mb-2 text-lg font-semibold">
                  {existing.archiveTitle}
                </h2>
                <ArchiveButton entity={existing.entity} id={existing.id} version={existing.version} isArchived={existing.isArchived} />
              </section>
              <RecordHistory viewer={existing.viewer} entityType={existing.entity} entityId={existing.id} />
            </div>
          ) : null}
        </div>
      </div>
    </ClientMessages>
  );
}
