import { Link } from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';

export async function AdminNav({ current }: { current: 'accounts' | 'audit' }) {
  const t = await getTranslations('admin');
  const items = [
    { key: 'accounts', href: '/admin', label: t('accountsTitle') },
    { key: 'audit', href: '/admin/audit', label: t('auditTitle') },
  ] as const;
  return (
    <nav aria-label={t('navLabel')} className="mb-6 flex gap-2">
      {items.map((item) => (
        <Link
          key={item.key}
          href={item.href}
          aria-current={item.key === current ? 'page' : undefined}
          className="rounded border border-slate-300 bg-white px-3 py-1 text-sm aria-[current=page]:border-oas-blue aria-[current=page]:bg-oas-blue aria-[current=page]:text-white"
        >
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
