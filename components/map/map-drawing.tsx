import type { CountryShape } from '@/lib/map/geometry';
import { mapLayer, OTHER_LAND_ID, shapeHref, type MapLayerName } from '@/lib/map/sprite';

// The SVG pieces every map drawing shares: the frame with sea and other land, the "none"
// hatching, a small state's mark and its label in the inset.

const SEA = '#f1f5f9';
const OTHER_LAND = '#e7e5e4';

export function MapSvg({ layer: name, label, className = 'h-auto w-full', testId, children }: {
  layer: MapLayerName;
  label: string;
  className?: string;
  testId?: string;
  children: React.ReactNode;
}) {
  const layer = mapLayer(name);
  return (
    <svg
      viewBox={`0 0 ${layer.width} ${layer.height}`}
      role="group"
      aria-label={label}
      data-testid={testId}
      className={`mx-auto block ${className}`}
      preserveAspectRatio="xMidYMid meet"
    >
      <rect width={layer.width} height={layer.height} fill={SEA} />
      <use href={shapeHref(name, OTHER_LAND_ID)} fill={OTHER_LAND} stroke="#fff" strokeWidth={0.5} />
      {children}
    </svg>
  );
}

/** Diagonal grey lines on white: "no activities", which no shade of blue can be taken for. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
        <rect width={6} height={6} fill="#fff" />
        <line x1={0} y1={0} x2={0} y2={6} stroke="#a8b3c2" strokeWidth={1.2} />
      </pattern>
    </defs>
  );
}

/** A circle on a small state's centroid, in its shade: a target as easy to see and click as a large country. */
export function CountryMark({ shape, fill, radius }: { shape: CountryShape; fill: string; radius: number }) {
  return <circle cx={shape.centroid[0]} cy={shape.centroid[1]} r={radius} fill={fill} />;
}

/** Where each inset label sits, so that neighbours' names do not run into each other. */
const labelSides: Record<string, 'left' | 'right' | 'below' | 'belowLeft'> = { KN: 'below', VC: 'left', BB: 'belowLeft' };
const LINE = 13;

/** Splits a long name over two lines at the space nearest its middle. */
export function wrapName(name: string, width = 16): string[] {
  if (name.length <= width) return [name];
  const middle = name.length / 2;
  const spaces = [...name.matchAll(/ /g)].map((match) => match.index);
  if (spaces.length === 0) return [name];
  const at = spaces.reduce((best, index) => (Math.abs(index - middle) < Math.abs(best - middle) ? index : best));
  return [name.slice(0, at), name.slice(at + 1)];
}

export function InsetLabel({ shape, name }: { shape: CountryShape; name: string }) {
  const side = labelSides[shape.code] ?? 'right';
  const [x, y] = shape.centroid;
  const lines = wrapName(name);
  const position =
    side === 'below' || side === 'belowLeft'
      ? { x: side === 'below' ? x - 8 : x + 8, y: y + 24, anchor: side === 'below' ? ('start' as const) : ('end' as const) }
      : { x: side === 'left' ? x - 13 : x + 13, y: y + 4 - ((lines.length - 1) * LINE) / 2, anchor: side === 'left' ? ('end' as const) : ('start' as const) };
  return (
    <text
      x={position.x}
      y={position.y}
      textAnchor={position.anchor}
      fontSize={12}
      fill="#0f172a"
      stroke="#fff"
      strokeWidth={3}
      paintOrder="stroke"
      aria-hidden="true"
    >
      {lines.map((line, i) => (
        <tspan key={line} x={position.x} dy={i === 0 ? 0 : LINE}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
