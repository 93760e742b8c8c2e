import { z } from 'zod';
import { apiEndpoints, type Endpoint } from './endpoints';
import type { ParameterSpec } from './parameters';
import { problemTypes, type ProblemType } from './problem';
import { problemDocument } from './resources';

// The OpenAPI 3.1 document of the read API, generated from the same zod schemas that parse the
// requests and type the answers (zod's JSON Schema output is draft 2020-12, OpenAPI 3.1's
// dialect). Nothing in it is written by hand but the prose.

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

const parameter = (spec: ParameterSpec, location: 'query' | 'path') => ({
  name: spec.name,
  in: location,
  required: location === 'path',
  description: spec.description,
  schema: jsonSchema(spec.schema, 'input'),
});

const problemRef = (type: ProblemType) => ({
  description: problemTypes[type].title,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

function operation(endpoint: Endpoint) {
  const success = endpoint.response
    ? { description: 'OK', content: { 'application/json': { schema: jsonSchema(endpoint.response, 'output') } } }
    : { description: 'OK', content: { [endpoint.mediaType ?? 'application/octet-stream']: { schema: { type: 'string' } } } };
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    tags: [endpoint.tag],
    parameters: [...(endpoint.pathParameters ?? []).map((p) => parameter(p, 'path')), ...endpoint.parameters.map((p) => parameter(p, 'query'))],
    responses: {
      '200': success,
      '400': problemRef('invalid-parameters'),
      '401': problemRef('unauthorized'),
      ...(endpoint.pathParameters ? { '404': problemRef('not-found') } : {}),
      '429': { ...problemRef('rate-limited'), headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } } },
    },
  };
}

export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'DPS Results read API',
      version: '1.0.0',
      description:
        'Read-only access to the results of the OAS Department of Public Security: what the caller may see on the screens, ' +
        'with the same filters. Authenticate with a personal access token (created on your profile page) as ' +
        '"Authorization: Bearer <token>", or with a signed-in session. Errors are RFC 9457 problem documents.',
    },
    servers: [{ url: '/api/v1' }],
    security: [{ bearerToken: [] }, { session: [] }],
    tags: [
      { name: 'records', description: 'Activities, programs, events and donors.' },
      { name: 'figures', description: 'Aggregates: countries, indicators, the dashboard.' },
      { name: 'iati', description: 'IATI 2.03 publishing.' },
    ],
    paths: Object.fromEntries(apiEndpoints.map((endpoint) => [endpoint.path, { get: operation(endpoint) }])),
    components: {
      schemas: { Problem: jsonSchema(problemDocument, 'output') },
      securitySchemes: {
        bearerToken: { type: 'http', scheme: 'bearer', description: 'A personal access token (dps_…).' },
        session: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token', description: 'The session of a signed-in browser.' },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
