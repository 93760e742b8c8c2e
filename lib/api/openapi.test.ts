import { validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { apiEndpoints } from './endpoints';
import { buildOpenApiDocument } from './openapi';

describe('the OpenAPI document', () => {
  const document = buildOpenApiDocument();
  type Operation = { parameters: { name: string; schema: unknown }[]; responses: Record<string, { content: Record<string, { schema: unknown }> }> };
  const get = (path: string) => (document.paths as Record<string, { get: Operation }>)[path]!.get;

  it('passes the OpenAPI 3.1 validator', async () => {
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('is checked for real: the validator refuses a document with a broken operation', async () => {
    const broken = structuredClone(document) as unknown as { paths: Record<string, { get: { responses: unknown } }> };
    broken.paths['/activities']!.get.responses = 'none';
    expect((await validate(broken as never)).valid).toBe(false);
  });

  it('describes every endpoint with its parameters from the tables and dashboard schemas', () => {
    expect(Object.keys(document.paths)).toEqual(apiEndpoints.map((e) => e.path));
    const activities = get('/activities');
    const names = activities.parameters.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['q', 'sort', 'f.status', 'f.start.from', 'f.trained.min', 'limit', 'cursor']));
    const status = activities.parameters.find((p) => p.name === 'f.status')!;
    expect(status.schema).toEqual({ type: 'string', enum: ['planned', 'ongoing', 'completed', 'not_stated'] });
    const dashboard = get('/dashboard').parameters.map((p) => p.name);
    expect(dashboard).toEqual(['from', 'to', 'program', 'unit', 'country', 'subregion', 'donor']);
  });

  it('documents the answers field by field', () => {
    const schema = get('/activities').responses['200']!.content['application/json']!.schema as {
      properties: { data: { items: { properties: Record<string, unknown>; required: string[] } } };
    };
    expect(Object.keys(schema.properties.data.items.properties)).toContain('shareOfWomen');
    expect(schema.properties.data.items.required).toContain('countries');
  });
});
