// A JSON Schema as a short type for people: "string (date) | null", "planned | ongoing", "object[]".

export type JsonSchema = {
  type?: string;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  format?: string;
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  minimum?: number;
  maximum?: number;
};

export function schemaType(schema: JsonSchema | undefined): string {
  if (!schema) return 'any';
  if (schema.enum) return schema.enum.map(String).join(' | ');
  if (schema.anyOf) return schema.anyOf.map(schemaType).join(' | ');
  if (schema.type === 'array') return `${schemaType(schema.items)}[]`;
  if (schema.format) return `${schema.type} (${schema.format})`;
  if (schema.pattern) return `${schema.type}, /${schema.pattern}/`;
  if (schema.minimum !== undefined && schema.maximum !== undefined && schema.type === 'integer') return `integer, ${schema.minimum}–${schema.maximum}`;
  return schema.type ?? 'any';
}

/** The records a response holds: the item of `data` (a list's or a single record's). */
export function recordFields(response: JsonSchema | undefined): [string, JsonSchema][] {
  const data = response?.properties?.data;
  const record = data?.type === 'array' ? data.items : data;
  return Object.entries(record?.properties ?? {});
}
