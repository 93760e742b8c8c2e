/**
 * A box that scrolls sideways when a wide table does not fit (on a phone). It takes focus so
 * that keyboard users can scroll it too, and is named so a screen reader says what it holds.
 */
export function ScrollArea({ label, children, className = '' }: { label: string; children: React.ReactNode; className?: string }) {
  return (
    <div role="group" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
