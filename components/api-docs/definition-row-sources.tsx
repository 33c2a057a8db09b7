import type { ApiDocument, ApiParameter, JsonSchema } from "./api-document";
import type { DefinitionRow } from "./definition-rows";
import { codeClass } from "./code-class";
import { schemaRows } from "./schema-rows";

type Translate = (key: string, values?: Record<string, string>) => string;

function parameterType(parameter: ApiParameter): string {
  const type = parameter.schema?.type;
  return (Array.isArray(type) ? type.join(" | ") : type) ?? "string";
}

/** An operation's parameters as rows: where each goes, whether it is needed, its default. */
export function parameterRows(parameters: ApiParameter[], t: Translate): DefinitionRow[] {
  return parameters.map((parameter) => ({
    key: `${parameter.in}:${parameter.name}`,
    name: parameter.name,
    note: `${t(`in.${parameter.in}`)} · ${parameter.required ? t("required") : t("optional")}`,
    type: parameterType(parameter),
    description: (
      <>
        {parameter.description}
        {parameter.schema?.default !== undefined && (
          <span className="ml-1 text-slate-500">
            {t("defaultValue", { value: String(parameter.schema.default) })}
          </span>
        )}
      </>
    ),
  }));
}

/** A response body's fields as rows, with the values an enumeration may take. */
export function fieldRows(
  schema: JsonSchema,
  document: ApiDocument,
  t: Translate,
): DefinitionRow[] {
  return schemaRows(schema, document).map((row) => ({
    key: row.path,
    name: row.path,
    type: row.type,
    typeNote: row.nullable ? t("nullable") : undefined,
    description: (
      <>
        {row.description}
        {row.values && (
          <span className="mt-1 flex flex-wrap gap-1">
            {row.values.map((value) => (
              <code key={value} className={codeClass}>
                {value}
              </code>
            ))}
          </span>
        )}
      </>
    ),
  }));
}
