import { describe, expect, it, vi } from 'vitest';
import { mapLayer, mapLayerNames, mapSprite, OTHER_LAND_ID, shapeHref } from './sprite';

vi.mock('server-only', () => ({}));

describe("the map's sprites", () => {
  it('hold every shape of their drawing under its id, and the land of other countries', () => {
    for (const name of mapLayerNames) {
      const { svg } = mapSprite(name);
      const layer = mapLayer(name);
      for (const country of layer.countries) expect(svg, `${name} ${country.code}`).toContain(`<path id="${country.code}" d="${country.path}"/>`);
      expect(svg).toContain(`<path id="${OTHER_LAND_ID}" d="${layer.otherLand}"/>`);
      expect(svg.match(/<path /g)).toHaveLength(layer.countries.length + 1);
    }
  });

  it('are addressed with a version that follows their content', () => {
    expect(shapeHref('locator', 'BB')).toBe(`/map-shapes/locator?v=${mapSprite('locator').version}#BB`);
    const versions = mapLayerNames.map((name) => mapSprite(name).version);
    expect(new Set(versions).size).toBe(mapLayerNames.length);
    expect(mapSprite('hemisphere').version).toMatch(/^[0-9a-f]{12}$/);
  });
});
