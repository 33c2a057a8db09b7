import { NextResponse, type NextRequest } from "next/server";
import { apiTranslator, negotiateLocale } from "@/lib/api/locale";
import { refusalProblem, requestProblem } from "@/lib/api/request-problem";
import { appUrl } from "@/lib/config";
import { isLocale, localeCookieName } from "@/lib/i18n/config";
import { baseSecurityHeaders, newNonce, policyFor } from "@/lib/http/security-headers";
import { REFUSAL_STATUS, requestRefusal, type RequestRefusal } from "@/lib/http/request-refusal";

/** A path no route serves: rewriting to it shows the app's own "not found" page, with a 404. */
const NOT_FOUND_PATH = "/_not-found";

function refuse(request: NextRequest, refusal: RequestRefusal): NextResponse | Response {
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return requestProblem(request, refusalProblem(refusal));
  }
  if (refusal === "malformedPath" || refusal === "malformedQuery") {
    return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  }
  const chosen = request.cookies.get(localeCookieName)?.value;
  const locale = isLocale(chosen)
    ? chosen
    : negotiateLocale(request.headers.get("accept-language"));
  const t = apiTranslator(locale);
  return new Response(t(`api.details.${refusal}`), {
    status: REFUSAL_STATUS[refusal],
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

/**
 * Runs before every request: refuses what no page, action or route should have to handle
 * (lib/http/request-refusal.ts), and gives every response the security headers, with a fresh
 * nonce that Next.js puts on its scripts.
 */
export function proxy(request: NextRequest) {
  const https = appUrl().startsWith("https:") || request.nextUrl.protocol === "https:";
  const nonce = newNonce();
  const policy = policyFor(request.nextUrl.pathname, nonce, {
    https,
    dev: process.env.NODE_ENV === "development",
  });
  const refusal = requestRefusal(request);
  let response: NextResponse | Response;
  if (refusal) {
    response = refuse(request, refusal);
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  if (!response.headers.has("Content-Security-Policy")) {
    response.headers.set("Content-Security-Policy", policy);
  }
  for (const [name, value] of Object.entries(baseSecurityHeaders({ https }))) {
    response.headers.set(name, value);
  }
  return response;
}
