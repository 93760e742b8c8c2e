'use client';

import { Link } from '@/components/ui/link';
import { usePathname } from 'next/navigation';

export interface NavItem {
  href: string;
  label: string;
}

const isCurrent = (pathname: string, href: string) => (href === '/' ? pathname === '/' : pathname.startsWith(href));

export function NavLinks({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="border-b border-slate-200 bg-white print:hidden">
      <ul className="mx-auto flex max-w-7xl flex-wrap gap-1 px-4">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={isCurrent(pathname, item.href) ? 'page' : undefined}
              className="block border-b-2 border-transparent px-3 py-3 text-sm font-medium text-slate-700 hover:text-oas-blue aria-[current=page]:border-oas-blue aria-[current=page]:text-oas-blue"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
