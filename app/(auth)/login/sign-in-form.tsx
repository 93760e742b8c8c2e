'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

type Problem = 'missing' | 'invalid' | 'locked' | 'failed';

function problemOf(error: string | null | undefined, status: number | undefined): Problem {
  if (error === 'locked') return 'locked';
  return status === 401 || error === 'CredentialsSignin' ? 'invalid' : 'failed';
}

export function SignInForm({ callbackPath }: { callbackPath: string }) {
  const t = useTranslations('signIn');
  const router = useRouter();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!email || !password) return setProblem('missing');

    setIsPending(true);
    setProblem(null);
    try {
      const result = await signIn('credentials', { email, password, redirect: false });
      if (result?.ok && !result.error) {
        router.replace(callbackPath);
        router.refresh();
        return;
      }
      setProblem(problemOf(result?.error, result?.status));
    } catch {
      setProblem('failed');
    }
    setIsPending(false);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-describedby={problem ? 'sign-in-problem' : undefined}>
      {problem ? (
        <p id="sign-in-problem" role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {t(problem)}
        </p>
      ) : null}
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          {t('email')}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          maxLength={320}
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          {t('password')}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={1000}
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="w-full rounded bg-oas-blue px-4 py-2 font-medium text-white hover:bg-oas-blue/90 disabled:opacity-70"
      >
        {isPending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
