import { describe, expect, it, vi } from 'vitest';
import { mapSprite } from '@/lib/map/sprite';
import { GET } from './route';

vi.mock('server-only', () => ({}));
const session = vi.hoisted(() => ({ account: { id: 1 } as object | null }));
vi.mock('@/auth', () => ({ getAccount: async () => session.account }));

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

  it('answers only a signed-in account', async () => {
    session.account = null;
    try {
      expect((await get('locator', mapSprite('locator').version)).status).toBe(401);
    } finally {
      session.account = { id: 1 };
    }
  });

  it('knows no other layer', async () => {
    expect((await get('world')).status).toBe(404);
  });
});
