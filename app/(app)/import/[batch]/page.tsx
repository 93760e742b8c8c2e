import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/auth';
import { db } from '@/db';
import { getImportBatch } from '@/db/queries/imports';
import { canEdit } from '@/db/viewer';
import { recordId } from '@/lib/validation/fields';
import { ProposalReview } from './proposal-review';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('import'))('title') };
}

export default async function ImportBatchPage({ params }: { params: Promise<{ batch: string }> }) {
  const viewer = await requirePermission(canEdit);
  const id = recordId.safeParse((await params).batch);
  if (!id.success) notFound();
  const batch = getImportBatch(db, { viewer, batchId: id.data });
  if (!batch) notFound();
  const t = await getTranslations('import');
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/import" className="text-oas-blue underline">
          ← {t('review.back')}
        </Link>
      </p>
      <h1 className="break-all text-2xl font-semibold">{t('review.title', { file: batch.fileName })}</h1>
      <p className="text-sm text-slate-600">{t(`status.${batch.status}`)}</p>
      {batch.status === 'discarded' ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          {t('review.discardedNote')}
        </p>
      ) : null}
      {batch.proposals.map((proposal) => (
        <ProposalReview key={proposal.id} batchId={batch.id} batchOpen={batch.status === 'open'} proposal={proposal} lines={batch.lines} />
      ))}
    </div>
  );
}
