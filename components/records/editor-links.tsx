import { Link } from '@/components/ui/link';
import { canEdit, type Viewer } from '@/db/viewer';

/** Links to the edit and create forms, shown to editors and admins only. */
export function EditorLinks({ viewer, links }: { viewer: Viewer; links: { href: string; label: string }[] }) {
  if (!canEdit(viewer)) return null;
  return (
    <div className="flex flex-wrap gap-2">
      {links.map((link) => (
        <Link key={link.href} href={link.href} className="rounded border border-oas-blue bg-white px-3 py-1.5 text-sm font-medium text-oas-blue hover:bg-oas-blue-light">
          {link.label}
        </Link>
      ))}
    </div>
  );
}
