import 'server-only';
import { createHash } from 'node:crypto';
import { mapGeometry, type MapLayer } from './geometry';

// The outlines travel once, as an SVG file per drawing that the browser keeps: a page draws each
// country with <use href="…#CODE">, coloured by its own fill. Inline, the same ~70 kB of path
// data went out twice per page, in the HTML and again in the React payload.

export const mapLayerNames = ['hemisphere', 'eastern-caribbean', 'locator'] as const;
export type MapLayerName = (typeof mapLayerNames)[number];

/** The id of every other country's land in each sprite. */
export const OTHER_LAND_ID = 'other-land';

export function mapLayer(name: MapLayerName): MapLayer {
  const geometry = mapGeometry();
  return name === 'hemisphere' ? geometry.hemisphere : name === 'locator' ? geometry.locator : geometry.easternCaribbean;
}

interface Sprite {
  svg: string;
  /** Changes whenever the outlines do: in the URL, it lets the browser keep the file for good. */
  version: string;
}

const sprites = new Map<MapLayerName, Sprite>();

export function mapSprite(name: MapLayerName): Sprite {
  let sprite = sprites.get(name);
  if (!sprite) {
    const layer = mapLayer(name);
    const shapes: [string, string][] = [...layer.countries.map((country): [string, string] => [country.code, country.path]), [OTHER_LAND_ID, layer.otherLand]];
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><defs>${shapes.map(([id, d]) => `<path id="${id}" d="${d}"/>`).join('')}</defs></svg>`;
    sprite = { svg, version: createHash('sha256').update(svg).digest('hex').slice(0, 12) };
    sprites.set(name, sprite);
  }
  return sprite;
}

/** Where one shape of a drawing is, for <use href>. */
export const shapeHref = (name: MapLayerName, id: string) => `/map-shapes/${name}?v=${mapSprite(name).version}#${id}`;
