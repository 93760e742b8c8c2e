'use client';

import { usePathname } from 'next/navigation';
import { useCallback } from 'react';
import { tableStateToSearchParams, type TableSpec, type TableState } from '@/lib/table-state';

/** Builds the address of this table with part of its state changed. */
export function useTableHref(defaultSort: TableSpec['defaultSort'], state: TableState) {
  const pathname = usePathname();
  return useCallback(
    (change: Partial<TableState>) => {
      const query = tableStateToSearchParams(defaultSort, { ...state, ...change }).toString();
      return query ? `${pathname}?${query}` : pathname;
    },
    [pathname, defaultSort, state],
  );
}
