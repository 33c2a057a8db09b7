// The parts of the OpenAPI document the reference page reads, in the shapes our generator
// writes them (lib/api/openapi/document.ts): no parameter or response is a $ref there.

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  default?: unknown;
}

export interface ApiParameter {
  name: string;
  in: "query" | "path";
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}

export interface ApiOperation {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  parameters?: ApiParameter[];
  responses: Record<
    string,
    { description: string; content?: Record<string, { schema?: JsonSchema }> }
  >;
}

export interface ApiDocument {
  info: { title: string; description?: string; version: string };
  tags: { name: string; description?: string }[];
  paths: Record<string, Partial<Record<string, ApiOperation>>>;
  components: { schemas: Record<string, JsonSchema> };
}

export interface Endpoint {
  method: string;
  path: string;
  operation: ApiOperation;
}

/** Every operation of the document, in its order. */
export function endpointsOf(document: ApiDocument): Endpoint[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ method, path, operation: operation! })),
  );
}

/** A schema with its `$ref` (if any) followed to the component it names. */
export function resolve(schema: JsonSchema, document: ApiDocument): JsonSchema {
  const name = schema.$ref?.replace("#/components/schemas/", "");
  if (!name) return schema;
  const own = { ...schema };
  delete own.$ref;
  return { ...document.components.schemas[name], ...own };
}
