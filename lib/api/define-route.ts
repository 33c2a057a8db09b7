import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { ProblemCode } from "./problem";

/** What `run` returns on a route that answers with a file (see ApiRoute.file). */
export interface ApiFile {
  body: Uint8Array;
  contentType: string;
  fileName: string;
}

/** The `response` of a file route: what `run` returns is checked to be a file. */
export const apiFileSchema = z.custom<ApiFile>(
  (value) =>
    typeof value === "object" && value !== null && (value as ApiFile).body instanceof Uint8Array,
);

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/** The input of a route without query or path parameters. */
type NoInput = z.ZodObject<Record<never, never>>;

/** What a route's `run` receives: the actor and its parsed, typed input. */
export interface RouteInput<Query, Params, Body, Headers = Record<never, never>> {
  actor: Actor;
  query: Query;
  params: Params;
  body: Body;
  headers: Headers;
}

/**
 * One endpoint of the API: its schemas and its use case together, so that the route handler
 * (apiHandler) and the OpenAPI document (openApiDocument) read the same definition. Its
 * summary and description are "@" and a message key, translated when the document is built.
 */
export interface ApiRoute<
  Query extends z.ZodObject = NoInput,
  Params extends z.ZodObject = NoInput,
  Body extends z.ZodType = z.ZodUndefined,
  Response extends z.ZodType = z.ZodType,
  Headers extends z.ZodObject = NoInput,
> {
  method: HttpMethod;
  /** The OpenAPI path template, e.g. `/api/v1/requirements/{id}`. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  query?: Query;
  params?: Params;
  body?: Body;
  /** Request headers the route reads (names in lower case), e.g. `idempotency-key`. */
  headers?: Headers;
  /** The success body; what `run` returns is parsed with it (unknown fields are dropped). */
  response: Response;
  /**
   * Set on a route that answers with a download instead of JSON: its media types, for the
   * document; `response` is then apiFileSchema.
   */
  file?: { mediaTypes: string[] };
  /** Problems this route answers with besides those every route may (400, 401, 403, 500). */
  problems?: ProblemCode[];
  run: (
    input: RouteInput<z.output<Query>, z.output<Params>, z.output<Body>, z.output<Headers>>,
  ) => Promise<z.input<Response>>;
}

// Route lists hold routes of different schemas; `any` is confined to this alias.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyApiRoute = ApiRoute<any, any, any, any, any>;

/** Declares a route with its types inferred from the schemas. */
export function defineRoute<
  Query extends z.ZodObject = NoInput,
  Params extends z.ZodObject = NoInput,
  Body extends z.ZodType = z.ZodUndefined,
  Response extends z.ZodType = z.ZodType,
  Headers extends z.ZodObject = NoInput,
>(
  route: ApiRoute<Query, Params, Body, Response, Headers>,
): ApiRoute<Query, Params, Body, Response, Headers> {
  return route;
}
