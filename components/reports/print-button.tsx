'use client';

/** Opens the browser's print dialog; the print stylesheet makes the pages. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded border border-oas-blue px-3 py-1.5 text-sm font-medium text-oas-blue hover:bg-oas-blue-light">
      {label}
    </button>
  );
}
