import type { NextRequest } from "next/server";
import { ApiProblem } from "./api-problem";
import { apiHandler } from "./api-handler";
import type { AnyApiRoute } from "./define-route";
import { requestProblem } from "./request-problem";

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };
type Handler = (request: NextRequest, context: RouteContext) => Promise<Response> | Response;

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

/**
 * The handlers of one API path, one for each HTTP method: its routes' methods run them, every
 * other method is answered 405 as problem+json with the Allow header (Next.js would answer an
 * empty 405). HEAD and OPTIONS are Next.js's own.
 */
export function apiEndpoint<H extends Handler>(
  handlers: Partial<Record<Method, H>>,
): Record<Method, H | ((request: NextRequest) => Promise<Response>)> {
  const allow = ["HEAD", "OPTIONS", ...Object.keys(handlers)].join(", ");
  const refuse = async (request: NextRequest) =>
    requestProblem(
      request,
      new ApiProblem("METHOD_NOT_ALLOWED", "methodNotAllowed", [], { Allow: allow }),
    );
  return Object.fromEntries(
    METHODS.map((method) => [method, handlers[method] ?? refuse]),
  ) as Record<Method, H | typeof refuse>;
}

/** The handlers of an API path served by these routes (each route one method). */
export function apiRoutes(...routes: AnyApiRoute[]) {
  return apiEndpoint<ReturnType<typeof apiHandler>>(
    Object.fromEntries(routes.map((route) => [route.method.toUpperCase(), apiHandler(route)])),
  );
}
