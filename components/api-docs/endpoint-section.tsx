import { getTranslations } from "next-intl/server";
import type { ApiDocument, Endpoint } from "./api-document";
import { CodeBlock } from "./code-block";
import { codeClass } from "./code-class";
import { DefinitionRows } from "./definition-rows";
import { fieldRows, parameterRows } from "./definition-row-sources";

/** `{id}` in a path becomes `$ID`, so that the example runs in a shell as it is. */
function curlExample(endpoint: Endpoint, apiBase: string): string {
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => `$${name.toUpperCase()}`);
  return `curl -H "Authorization: Bearer $ZHIPEI_TOKEN" \\\n  "${apiBase}${path}"`;
}

function Subheading({ children }: { children: React.ReactNode }) {
  return <h4 className="mt-5 mb-2 text-sm font-semibold text-slate-900">{children}</h4>;
}

/** One operation: what it does, its parameters, the fields it answers with, its errors, curl. */
export async function EndpointSection({
  endpoint,
  document,
  apiBase,
}: {
  endpoint: Endpoint;
  document: ApiDocument;
  apiBase: string;
}) {
  const t = await getTranslations("apiDocs.page");
  const { operation } = endpoint;
  const success = operation.responses["200"]?.content?.["application/json"]?.schema;
  const problems = Object.entries(operation.responses).filter(([status]) => status !== "200");
  const columns: [string, string, string] = [t("colName"), t("colType"), t("colDescription")];
  return (
    <section
      id={operation.operationId}
      aria-labelledby={`${operation.operationId}-title`}
      className="scroll-mt-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <h3 id={`${operation.operationId}-title`} className="flex flex-wrap items-center gap-2">
        <span className="rounded bg-emerald-100 px-2 py-0.5 font-mono text-xs font-bold text-emerald-800 uppercase">
          {endpoint.method}
        </span>
        <code className="font-mono text-sm font-semibold break-all text-slate-900">
          {endpoint.path}
        </code>
      </h3>
      <p className="mt-2 font-medium text-slate-900">{operation.summary}</p>
      {operation.description && (
        <p className="mt-1 text-sm text-slate-600">{operation.description}</p>
      )}
      <Subheading>{t("parameters")}</Subheading>
      {operation.parameters?.length ? (
        <DefinitionRows columns={columns} rows={parameterRows(operation.parameters, t)} />
      ) : (
        <p className="text-sm text-slate-500">{t("noParameters")}</p>
      )}
      {success && (
        <>
          <Subheading>{t("response")}</Subheading>
          <DefinitionRows columns={columns} rows={fieldRows(success, document, t)} />
        </>
      )}
      <Subheading>{t("problems")}</Subheading>
      <ul className="flex flex-wrap gap-2 text-sm">
        {problems.map(([status, response]) => (
          <li key={status}>
            <a href="#errors" className="hover:underline">
              <code className={codeClass}>{status}</code>{" "}
              <span className="text-slate-600">{response.description}</span>
            </a>
          </li>
        ))}
      </ul>
      <div className="mt-5">
        <CodeBlock label={t("example")} code={curlExample(endpoint, apiBase)} />
      </div>
    </section>
  );
}
