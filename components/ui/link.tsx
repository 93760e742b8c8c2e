import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * `next/link` that never prefetches. Every page here reads the database, so it is dynamic, and
 * none has a loading boundary: a prefetch brings nothing a click can use. Yet each link that came
 * into view still cost the server a request of about 12 ms, 58 of them for one donor profile,
 * twenty times the page's own work. A click fetches the page as before.
 */
export function Link(props: Omit<ComponentProps<typeof NextLink>, 'prefetch'>) {
  return <NextLink {...props} prefetch={false} />;
}
