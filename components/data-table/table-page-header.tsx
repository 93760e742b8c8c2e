import type { Account } from '@/db/queries/users';
import { EditorLinks } from '@/components/records/editor-links';

/** The heading of a table page: its title, what it lists for this account, and for editors a link to add a record. */
export function TablePageHeader({ account, title, intro, create }: { account: Account; title: string; intro: string; create?: { href: string; label: string } }) {
  return (
    <header>
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-slate-600">{intro}</p>
      {create ? (
        <div className="mt-3">
          <EditorLinks viewer={account} links={[create]} />
        </div>
      ) : null}
    </header>
  );
}
