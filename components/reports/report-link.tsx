import { Link } from '@/components/ui/link';

/** The way from a country or donor profile to its report. */
export function ReportLink({ href, label }: { href: string; label: string }) {
  return (
    <p className="mt-3">
      <Link href={href} className="inline-block rounded border border-oas-blue px-3 py-1.5 text-sm font-medium text-oas-blue hover:bg-oas-blue-light">
        {label}
      </Link>
    </p>
  );
}
