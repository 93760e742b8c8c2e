'use client';

import { useFormStatus } from 'react-dom';

export function SubmitButton({ label, pendingLabel, variant = 'primary' }: { label: string; pendingLabel: string; variant?: 'primary' | 'secondary' }) {
  const { pending } = useFormStatus();
  const look =
    variant === 'primary' ? 'bg-oas-blue text-white hover:bg-oas-blue/90' : 'border border-slate-400 bg-white text-slate-900 hover:bg-slate-100';
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`rounded px-4 py-2 font-medium disabled:opacity-70 ${look}`}>
      {pending ? pendingLabel : label}
    </button>
  );
}
