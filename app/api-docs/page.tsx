import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { appUrl } from "@/lib/config";
import { openApiDocument } from "@/lib/api/openapi/document";
import type { Locale } from "@/lib/i18n/config";
import { endpointsOf, type ApiDocument } from "@/components/api-docs/api-document";
import { CodeBlock } from "@/components/api-docs/code-block";
import { codeClass } from "@/components/api-docs/code-class";
import { DocsSection } from "@/components/api-docs/docs-section";
import { EndpointSection } from "@/components/api-docs/endpoint-section";
import { exampleProblem } from "@/components/api-docs/example-problem";
import { ProblemTable } from "@/components/api-docs/problem-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiDocs.page");
  return { title: t("title") };
}

const PAGE_EXAMPLE = `{
  "items": [{ "id": "…", "title": "…" }],
  "nextCursor": "eyJwdWJsaXNoZWRBdCI6…"
}`;

/** The API reference, rendered from the same OpenAPI document /api/v1/openapi.json serves. */
export default async function ApiDocsPage() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("apiDocs.page");
  // The generator's types are OpenAPI's in general; ours are the shapes it writes for our routes.
  const document = openApiDocument(locale) as unknown as ApiDocument;
  const endpoints = endpointsOf(document);
  const apiBase = appUrl();
  const contents = [
    { id: "authentication", label: t("authTitle") },
    { id: "pagination", label: t("paginationTitle") },
    { id: "language", label: t("languageTitle") },
    { id: "errors", label: t("errorsTitle") },
  ];
  return (
    <div className="lg:grid lg:grid-cols-[14rem_1fr] lg:gap-10">
      <nav aria-label={t("contents")} className="mb-8 text-sm lg:sticky lg:top-6 lg:self-start">
        <h2 className="mb-2 font-semibold text-slate-900">{t("contents")}</h2>
        <ul className="space-y-1.5">
          {contents.map((item) => (
            <li key={item.id}>
              <a href={`#${item.id}`} className="text-slate-700 hover:text-brand-700">
                {item.label}
              </a>
            </li>
          ))}
          <li className="pt-2 font-medium text-slate-900">{t("endpointsTitle")}</li>
          {endpoints.map(({ method, path, operation }) => (
            <li key={operation.operationId}>
              <a href={`#${operation.operationId}`} className="text-slate-700 hover:text-brand-700">
                <span className="font-mono text-xs text-emerald-700 uppercase">{method}</span>{" "}
                {operation.summary}
                <span className="sr-only"> {path}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <div className="min-w-0 space-y-10">
        <header className="space-y-3">
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="max-w-3xl text-slate-600">{t("intro")}</p>
          <dl className="grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-500">{t("baseUrl")}</dt>
            <dd>
              <code className={`${codeClass} break-all`}>{apiBase}/api/v1</code>
            </dd>
            <dt className="text-slate-500">{t("openapi")}</dt>
            <dd>
              <a
                href="/api/v1/openapi.json"
                className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
              >
                /api/v1/openapi.json
              </a>
            </dd>
          </dl>
        </header>

        <DocsSection id="authentication" title={t("authTitle")}>
          <ul className="list-disc space-y-2 pl-5 text-sm text-slate-700">
            <li>
              {t("authToken")}{" "}
              <Link
                href="/account/tokens"
                className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
              >
                {t("authCreate")}
              </Link>
            </li>
            <li>{t("authScopes")}</li>
            <li>{t("authCookie")}</li>
            <li>{t("authNone")}</li>
            <li>{t("authBadToken")}</li>
          </ul>
          <p className="text-sm text-slate-600">{t("curlHint")}</p>
          <CodeBlock
            label={t("example")}
            code={`export ZHIPEI_TOKEN=zp_…\ncurl -H "Authorization: Bearer $ZHIPEI_TOKEN" \\\n  "${apiBase}/api/v1/requirements?limit=5"`}
          />
        </DocsSection>

        <DocsSection id="pagination" title={t("paginationTitle")}>
          <p className="text-sm text-slate-700">{t("paginationText")}</p>
          <CodeBlock label={t("example")} code={PAGE_EXAMPLE} />
        </DocsSection>

        <DocsSection id="language" title={t("languageTitle")}>
          <p className="text-sm text-slate-700">{t("languageText")}</p>
        </DocsSection>

        <DocsSection id="errors" title={t("errorsTitle")}>
          <p className="text-sm text-slate-700">{t("errorsText")}</p>
          <ProblemTable />
          <CodeBlock label={t("errorsExample")} code={exampleProblem(locale)} />
        </DocsSection>

        {document.tags.map((tag) => (
          <DocsSection key={tag.name} id={`tag-${tag.name}`} title={tag.description ?? tag.name}>
            <div className="space-y-6">
              {endpoints
                .filter((endpoint) => endpoint.operation.tags.includes(tag.name))
                .map((endpoint) => (
                  <EndpointSection
                    key={endpoint.operation.operationId}
                    endpoint={endpoint}
                    document={document}
                    apiBase={apiBase}
                  />
                ))}
            </div>
          </DocsSection>
        ))}
      </div>
    </div>
  );
}
