import "server-only";
import type { DomainErrorCode } from "@/lib/domain/errors";

/**
 * Every kind of problem the API answers with; `BAD_REQUEST` is input it could not parse, the
 * other codes beside the domain's are refusals of the HTTP request itself.
 */
export type ProblemCode =
  | DomainErrorCode
  | "BAD_REQUEST"
  | "METHOD_NOT_ALLOWED"
  | "PAYLOAD_TOO_LARGE"
  | "HEADERS_TOO_LARGE"
  | "INTERNAL";

export const PROBLEM_STATUS: Record<ProblemCode, number> = {
  BAD_REQUEST: 400,
  VALIDATION: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DEADLINE_PASSED: 409,
  INVALID_TRANSITION: 409,
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  HEADERS_TOO_LARGE: 431,
  INTERNAL: 500,
};

/** Where a refused input was: a query or path parameter by name, a body member by JSON pointer. */
export interface ProblemFieldError {
  in?: "query" | "path" | "header" | "body";
  name?: string;
  pointer?: string;
  detail: string;
}

/** An RFC 9457 problem details object with our `code` and `errors` extension members. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ProblemCode;
  errors?: ProblemFieldError[];
}

/** The problem type URI: the API reference's section on it (a relative reference). */
export function problemType(code: ProblemCode): string {
  return `/api-docs#problem-${code.toLowerCase().replaceAll("_", "-")}`;
}

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export function problemResponse(problem: Problem, headers: HeadersInit = {}): Response {
  return Response.json(problem, {
    status: problem.status,
    headers: { ...API_HEADERS, "Content-Type": PROBLEM_CONTENT_TYPE, ...headers },
  });
}

/** The WWW-Authenticate challenge of a 401 (RFC 6750). */
export const BEARER_CHALLENGE = 'Bearer realm="zhipei"';

/** Answers depend on who asks and in which language; no shared cache may keep them. */
export const API_HEADERS = {
  "Cache-Control": "private, no-store",
  Vary: "Authorization, Cookie, Accept-Language",
} as const;
