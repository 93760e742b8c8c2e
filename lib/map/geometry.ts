import 'server-only';
import { geoAzimuthalEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';
import { isoNumericByCode } from '@/db/reference-data/member-states';

// The shapes of the map, projected once per process: the geometry never changes, and projecting
// the 50 m topology (the 110 m one drops several island states) takes far longer than a request
// should. Pages only colour what is computed here.

/** One member state as drawn: its outline, and where its mark goes if it is too small to see. */
export interface CountryShape {
  code: string;
  path: string;
  centroid: [number, number];
  /** Drawn with a mark on its centroid, since its outline is too small to see or click. */
  isSmall: boolean;
}

export interface MapLayer {
  width: number;
  height: number;
  countries: CountryShape[];
  /** Every other country's land in view, drawn as background. */
  otherLand: string;
}

export interface MapGeometry {
  hemisphere: MapLayer;
  /** The hemisphere again, small and coarse, for a country profile's locator map. */
  locator: MapLayer;
  /** The Eastern Caribbean at a larger scale, where the smallest member states lie. */
  easternCaribbean: MapLayer & { codes: readonly string[] };
  /** Where the Eastern Caribbean inset lies on the hemisphere map, as a path. */
  insetOutline: string;
}

/** The island states of the Eastern Caribbean, a few pixels wide at the scale of the hemisphere. */
export const easternCaribbeanCodes = ['AG', 'KN', 'DM', 'LC', 'VC', 'GD', 'BB', 'TT'] as const;

const HEMISPHERE_WIDTH = 600;
const INSET_WIDTH = 320;
const LOCATOR_WIDTH = 200;
const PADDING = 8;
/** Below this projected area (square units of a 600-wide map), an outline cannot be told apart. */
const SMALL_AREA = 40;

/**
 * What the hemisphere map must hold: mainland Alaska, the Canadian Arctic, Brazil's eastern tip
 * and Cape Horn. The Aleutian tail and Hawaii fall outside and are clipped, as on most maps of the
 * Americas; a point in the Pacific keeps Mexico and Central America clear of the edge.
 */
const hemisphereExtent: Feature = {
  type: 'Feature',
  properties: {},
  geometry: { type: 'MultiPoint', coordinates: [[-168, 66], [-75, 83], [-34.8, -7.2], [-68, -56], [-118, 15]] },
};

/** Centred on the middle of the Americas, equal-area so that no country looks bigger than it is. */
const americasProjection = () => geoAzimuthalEqualArea().rotate([80, -12]).precision(0.2);

type World = Feature<Geometry, { name: string }>[];
type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const countries = (topology: CountriesTopology): World =>
  (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;

/**
 * The countries with every detail smaller than half a pixel at this scale taken out: the 50 m
 * outlines hold far more points than a few hundred pixels can show, and each one weighs on the page.
 * (At an azimuthal equal-area projection's scale k, one square pixel is 1/k² steradians.)
 */
const simplifiedFor = (topology: CountriesTopology, projection: GeoProjection): World =>
  countries(simplify(topology, 0.5 / projection.scale() ** 2));

function fitted(width: number, extent: Feature | FeatureCollection): { projection: GeoProjection; height: number } {
  const projection = americasProjection().fitWidth(width - 2 * PADDING, extent);
  const [[, top], [, bottom]] = geoPath(projection).bounds(extent);
  const height = Math.ceil(bottom - top + 2 * PADDING);
  projection.fitExtent([[PADDING, PADDING], [width - PADDING, height - PADDING]], extent);
  projection.clipExtent([[0, 0], [width, height]]);
  return { projection, height };
}

const round = (value: number) => Math.round(value * 10) / 10;

function layer(
  width: number,
  extent: Feature | FeatureCollection,
  topology: CountriesTopology,
): MapLayer & { projection: GeoProjection } {
  const { projection, height } = fitted(width, extent);
  const world = simplifiedFor(topology, projection);
  // Whole units: one is about a pixel as the maps are shown, and every digit weighs on the page.
  const path = geoPath(projection).digits(0);
  // Where a state lies and how big it is are measured on its full outline, which simplifying
  // may shrink to nothing for the smallest islands.
  const fullOutline = new Map(countries(topology).map((country) => [String(country.id), country]));
  const codeById = new Map(Object.entries(isoNumericByCode).map(([code, id]) => [id, code]));
  const shapes: CountryShape[] = [];
  const others: string[] = [];
  for (const country of world) {
    const drawn = path(country);
    const code = codeById.get(String(country.id));
    if (code === undefined) {
      if (drawn) others.push(drawn);
      continue;
    }
    const full = fullOutline.get(String(country.id))!;
    const [x, y] = path.centroid(full);
    // Wholly outside this drawing (most states, in the inset).
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const isSmall = path.area(full) < SMALL_AREA * (width / HEMISPHERE_WIDTH) ** 2;
    shapes.push({ code, path: drawn ?? '', centroid: [round(x), round(y)], isSmall });
  }
  // North to south: the order the keyboard goes through the countries.
  shapes.sort((a, b) => a.centroid[1] - b.centroid[1]);
  return { width, height, countries: shapes, otherLand: others.join(''), projection };
}

function project(): MapGeometry {
  const topology = presimplify(countries50m as unknown as CountriesTopology, sphericalTriangleArea);
  const easternIds = new Set(
    Object.entries(isoNumericByCode)
      .filter(([code]) => (easternCaribbeanCodes as readonly string[]).includes(code))
      .map(([, id]) => id),
  );
  const eastern = countries(topology).filter((country) => easternIds.has(String(country.id)));
  const { projection: hemisphereProjection, ...hemisphere } = layer(HEMISPHERE_WIDTH, hemisphereExtent, topology);
  const { projection: insetProjection, ...inset } = layer(INSET_WIDTH, { type: 'FeatureCollection', features: eastern }, topology);
  const { projection: _, ...locator } = layer(LOCATOR_WIDTH, hemisphereExtent, topology);
  // The inset's corners, taken back to the globe and onto the hemisphere map.
  const corners: [number, number][] = [[0, 0], [inset.width, 0], [inset.width, inset.height], [0, inset.height]];
  const outline = corners.map((corner) => hemisphereProjection(insetProjection.invert!(corner)!)!);
  return {
    hemisphere,
    locator,
    easternCaribbean: { ...inset, codes: easternCaribbeanCodes },
    insetOutline: `M${outline.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`,
  };
}

// Kept on the process's global object, not in this module: the server loads the pages and the
// start-up hook (instrumentation.ts, which projects the map ahead of the first request) as
// separate bundles, each with its own copy of this module.
const processCache = globalThis as typeof globalThis & { dpsMapGeometry?: MapGeometry };

/** The projected map, computed on first use and kept for the life of the process. */
export function mapGeometry(): MapGeometry {
  processCache.dpsMapGeometry ??= project();
  return processCache.dpsMapGeometry;
}
