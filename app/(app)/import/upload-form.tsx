'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

/** Sends the file to /api/import and opens the review, or says why the file was refused. */
export function UploadForm() {
  const t = useTranslations('import');
  const router = useRouter();
  const inputId = useId();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.name === '') {
      setMessage(t('upload.missing'));
      return;
    }
    setPending(true);
    setMessage(null);
    try {
      const body = new FormData();
      body.set('file', file);
      const response = await fetch('/api/import', { method: 'POST', body });
      const answer = (await response.json().catch(() => ({ ok: false, code: 'unreadable' }))) as { ok: boolean; batchId?: number; code?: string };
      if (answer.ok && answer.batchId) router.push(`/import/${answer.batchId}`);
      else setMessage(t(`refusal.${answer.code ?? 'unreadable'}` as 'refusal.unreadable'));
    } catch {
      setMessage(t('refusal.unreadable'));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <div className="flex flex-col gap-1">
        <label htmlFor={inputId} className="font-medium">
          {t('upload.label')}
        </label>
        <input id={inputId} name="file" type="file" className="max-w-full text-sm" aria-describedby={message ? `${inputId}-message` : undefined} />
      </div>
      {message ? (
        <p id={`${inputId}-message`} role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {message}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="rounded bg-oas-blue px-4 py-2 font-medium text-white hover:bg-oas-blue/90 disabled:opacity-70">
        {pending ? t('upload.pending') : t('upload.submit')}
      </button>
    </form>
  );
}
