import { resolve, type ApiDocument, type JsonSchema } from "./api-document";

/** One documented field of a response: `organization.name`, `items[].title`. */
export interface FieldRow {
  path: string;
  type: string;
  nullable: boolean;
  values?: string[];
  description?: string;
}

function types(schema: JsonSchema): string[] {
  return Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
}

/** The type as a reader wants it: `string (date-time)`, `integer`, `object[]`. */
function typeLabel(schema: JsonSchema, document: ApiDocument): string {
  const [type = "object"] = types(schema).filter((t) => t !== "null");
  if (type === "array") return `${typeLabel(resolve(schema.items ?? {}, document), document)}[]`;
  return schema.format ? `${type} (${schema.format})` : type;
}

/** The fields of an object schema, nested objects and arrays of objects flattened after theirs. */
export function schemaRows(schema: JsonSchema, document: ApiDocument, prefix = ""): FieldRow[] {
  const object = resolve(schema, document);
  return Object.entries(object.properties ?? {}).flatMap(([name, raw]) => {
    const field = resolve(raw, document);
    const path = `${prefix}${name}`;
    const row: FieldRow = {
      path,
      type: typeLabel(field, document),
      nullable: types(field).includes("null"),
      values: field.enum?.filter((v) => v !== null).map(String),
      description: field.description,
    };
    const items = field.items ? resolve(field.items, document) : undefined;
    const nested = field.properties
      ? schemaRows(field, document, `${path}.`)
      : items?.properties
        ? schemaRows(items, document, `${path}[].`)
        : [];
    return [row, ...nested];
  });
}
