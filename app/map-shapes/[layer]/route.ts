import { z } from 'zod';
import { getAccount } from '@/auth';
import { mapLayerNames, mapSprite } from '@/lib/map/sprite';

const layerSchema = z.enum(mapLayerNames);

/** One drawing's outlines (see lib/map/sprite.ts); kept by the browser for as long as its version holds. */
export async function GET(request: Request, { params }: RouteContext<'/map-shapes/[layer]'>) {
  // The proxy is a first gate only: the handler asks for the session itself, like every other.
  if (!(await getAccount())) return new Response('Sign in to see the map.', { status: 401 });
  const layer = layerSchema.safeParse((await params).layer);
  if (!layer.success) return new Response('Not found', { status: 404 });
  const sprite = mapSprite(layer.data);
  const isCurrent = new URL(request.url).searchParams.get('v') === sprite.version;
  return new Response(sprite.svg, {
    headers: {
      'Content-Type': 'image/svg+xml',
      // Behind sign-in, like every page: private. An old version's URL gets today's shapes, not kept.
      'Cache-Control': isCurrent ? 'private, max-age=31536000, immutable' : 'private, no-cache',
    },
  });
}
