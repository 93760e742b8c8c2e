import { describe, expect, it, vi } from 'vitest';
import { mapSprite } from '@/lib/map/sprite';
import { GET } from './route';

vi.mock('server-only', () => ({}));

const get = (layer: string, version?: string) =>
  GET(new Request(`http://localhost/map-shapes/${layer}${version ? `?v=${version}` : ''}`), { params: Promise.resolve({ layer }) });

describe('GET /map-shapes/[layer]', () => {
  it("answers the layer's sprite, kept for good at its current version", async () => {
    const response = await get('eastern-caribbean', mapSprite('eastern-caribbean').version);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(response.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(await response.text()).toBe(mapSprite('eastern-caribbean').svg);
  });

  it('lets an old version be fetched but not kept', async () => {
    expect((await get('locator', 'old')).headers.get('cache-control')).toBe('private, no-cache');
  });

  it('knows no other layer', async () => {
    expect((await get('world')).status).toBe(404);
  });
});
