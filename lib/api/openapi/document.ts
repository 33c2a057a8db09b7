import "server-only";
import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { appUrl } from "@/lib/config";
import type { Locale } from "@/lib/i18n/config";
import type { AnyApiRoute } from "../define-route";
import { apiTranslator } from "../locale";
import { PROBLEM_CONTENT_TYPE, PROBLEM_STATUS, type ProblemCode } from "../problem";
import { apiV1Routes } from "../v1/routes";
import { problemSchema } from "./problem-schema";
import { translateDocument } from "./translate-document";

/** Problems any route may answer with: bad input, a bad token, a read-only token, our fault. */
const COMMON_PROBLEMS: ProblemCode[] = ["BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "INTERNAL"];

/** next-auth's cookie name: the __Secure- prefix is used when the app is served over https. */
const SESSION_COOKIE = process.env.NEXTAUTH_URL?.startsWith("https://")
  ? "__Secure-next-auth.session-token"
  : "next-auth.session-token";

function problemResponses(route: AnyApiRoute) {
  const codes = [...COMMON_PROBLEMS, ...(route.problems ?? [])];
  return Object.fromEntries(
    codes.map((code) => [
      PROBLEM_STATUS[code],
      {
        description: `@api.titles.${code}`,
        content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } },
      },
    ]),
  );
}

function register(registry: OpenAPIRegistry, route: AnyApiRoute) {
  registry.registerPath({
    method: route.method,
    path: route.path,
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    description: route.description,
    request: {
      ...(route.query ? { query: route.query } : {}),
      ...(route.params ? { params: route.params } : {}),
      ...(route.headers ? { headers: route.headers } : {}),
      ...(route.body
        ? { body: { required: true, content: { "application/json": { schema: route.body } } } }
        : {}),
    },
    responses: {
      200: {
        description: route.file ? "@apiDocs.responses.file" : "@apiDocs.responses.ok",
        content: route.file
          ? Object.fromEntries(
              route.file.mediaTypes.map((type) => [
                type,
                { schema: { type: "string" as const, format: "binary" } },
              ]),
            )
          : { "application/json": { schema: route.response } },
      },
      ...problemResponses(route),
    },
  });
}

/** The document in the generator's own terms, before translation (built once per process). */
function buildDocument(routes: AnyApiRoute[]) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearerToken", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "zp_…",
    description: "@apiDocs.security.bearer",
  });
  registry.registerComponent("securitySchemes", "sessionCookie", {
    type: "apiKey",
    in: "cookie",
    name: SESSION_COOKIE,
    description: "@apiDocs.security.cookie",
  });
  for (const route of routes) register(registry, route);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "@apiDocs.info.title",
      version: "1.0.0",
      description: "@apiDocs.info.description",
    },
    // Anonymous calls are allowed too (`{}`): they see what visitors see.
    security: [{ bearerToken: [] }, { sessionCookie: [] }, {}],
    tags: [
      { name: "requirements", description: "@apiDocs.tags.requirements" },
      { name: "vendors", description: "@apiDocs.tags.vendors" },
      { name: "proposals", description: "@apiDocs.tags.proposals" },
      { name: "questions", description: "@apiDocs.tags.questions" },
      { name: "evaluation", description: "@apiDocs.tags.evaluation" },
      { name: "contracts", description: "@apiDocs.tags.contracts" },
      { name: "ocds", description: "@apiDocs.tags.ocds" },
    ],
  });
}

export type OpenApiDocument = ReturnType<typeof buildDocument>;

let built: OpenApiDocument | undefined;

/**
 * The OpenAPI 3.1 document of /api/v1, in `locale`. Its server is the public URL (APP_URL),
 * never the host a request came through, which behind a proxy is an internal name.
 */
export function openApiDocument(locale: Locale): OpenApiDocument {
  built ??= buildDocument(apiV1Routes);
  return { ...translateDocument(built, apiTranslator(locale)), servers: [{ url: appUrl() }] };
}
