import type { NextRequest } from "next/server";
import { apiEndpoint } from "@/lib/api/api-endpoint";
import { negotiateLocale } from "@/lib/api/locale";
import { openApiDocument } from "@/lib/api/openapi/document";

/** The OpenAPI 3.1 document of /api/v1, its texts in the Accept-Language's language. */
function openApi(request: NextRequest): Response {
  const locale = negotiateLocale(request.headers.get("accept-language"));
  return Response.json(openApiDocument(locale), {
    headers: { "Cache-Control": "public, max-age=300", Vary: "Accept-Language" },
  });
}

export const { GET, POST, PUT, PATCH, DELETE } = apiEndpoint({ GET: openApi });
