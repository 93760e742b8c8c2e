import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/auth';
import { SubmitButton } from '@/components/ui/submit-button';
import { db } from '@/db';
import { listImportBatches } from '@/db/queries/imports';
import { canEdit } from '@/db/viewer';
import { ActionForm } from './action-form';
import { discardBatchAction } from './actions';
import { UploadForm } from './upload-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('import'))('title') };
}

export default async function ImportPage() {
  const viewer = await requirePermission(canEdit);
  const t = await getTranslations('import');
  const batches = listImportBatches(db, { viewer });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
        <UploadForm />
      </section>
      <section aria-labelledby="batches-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="batches-heading" className="mb-3 text-lg font-semibold">
          {t('batches.title')}
        </h2>
        {batches.length === 0 ? (
          <p className="text-slate-600">{t('batches.empty')}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {batches.map((batch) => (
              <li key={batch.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div className="min-w-0">
                  <Link href={`/import/${batch.id}`} className="break-all font-medium text-oas-blue underline">
                    {t('batches.resume', { file: batch.fileName })}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {t(`status.${batch.status}`)} · {t('batches.progressValue', { pending: batch.pending, total: batch.proposals })} · {batch.uploadedBy} ·{' '}
                    {batch.createdAt.slice(0, 16)}
                  </p>
                </div>
                {batch.status === 'open' ? (
                  <ActionForm action={discardBatchAction}>
                    <input type="hidden" name="batchId" value={batch.id} />
                    <SubmitButton variant="secondary" label={t('batches.discard')} pendingLabel={t('batches.discardPending')} />
                  </ActionForm>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
