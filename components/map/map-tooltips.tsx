'use client';

import { useRef, useState } from 'react';

export interface CountryTip {
  name: string;
  lines: string[];
}

interface Shown {
  code: string;
  x: number;
  y: number;
  /** In the right half of the map: the tooltip opens to the left, where there is more room. */
  isOnRight: boolean;
}

/**
 * The map's one interactive leaf: shows a country's name and figures while the pointer is over it
 * or while it has keyboard focus. The shapes themselves are drawn on the server; each carries
 * data-country, and the figures are also in its accessible name.
 */
export function MapTooltips({ tips, children, className }: { tips: Record<string, CountryTip>; children: React.ReactNode; className?: string }) {
  const frame = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<Shown | null>(null);

  function show(target: EventTarget, at?: { clientX: number; clientY: number }) {
    const country = target instanceof Element ? target.closest<SVGElement>('[data-country]') : null;
    const box = frame.current?.getBoundingClientRect();
    if (!country || !box) return setShown(null);
    const code = country.dataset.country!;
    const anchor = at ?? centreOf(country.getBoundingClientRect());
    const x = anchor.clientX - box.left;
    setShown({ code, x, y: anchor.clientY - box.top, isOnRight: x > box.width / 2 });
  }

  const tip = shown ? tips[shown.code] : undefined;
  return (
    <div
      ref={frame}
      className={`relative ${className ?? ''}`}
      onPointerMove={(event) => show(event.target, event)}
      onPointerLeave={() => setShown(null)}
      onFocus={(event) => show(event.target)}
      onBlur={() => setShown(null)}
    >
      {children}
      {shown && tip ? (
        <div
          role="tooltip"
          data-testid="map-tooltip"
          className="pointer-events-none absolute z-10 w-64 max-w-[80vw] rounded border border-slate-300 bg-white p-2 text-sm shadow-lg print:hidden"
          style={{
            ...(shown.isOnRight ? { left: shown.x - 12, transform: 'translateX(-100%)' } : { left: shown.x + 12 }),
            top: shown.y + 12,
          }}
        >
          <p className="font-semibold">{tip.name}</p>
          {tip.lines.map((line) => (
            <p key={line} className="text-slate-700">
              {line}
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}

const centreOf = (rect: DOMRect) => ({ clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2 });
