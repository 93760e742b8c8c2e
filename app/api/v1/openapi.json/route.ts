import { buildOpenApiDocument } from '@/lib/api/openapi';

// The document describes the API, not its data: it is public, like any published API description.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildOpenApiDocument());
}
