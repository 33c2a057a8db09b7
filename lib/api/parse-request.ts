import "server-only";
import type { z } from "zod";
import type { NextRequest } from "next/server";
import { ApiProblem } from "./api-problem";
import type { AnyApiRoute } from "./define-route";
import { translateErrorKey, type ApiTranslator } from "./locale";
import type { ProblemFieldError } from "./problem";

type Place = NonNullable<ProblemFieldError["in"]>;

/** RFC 6901: `~` and `/` are escaped inside a JSON pointer's segments. */
function jsonPointer(path: PropertyKey[]): string {
  return `#/${path.map((part) => String(part).replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`;
}

function fieldErrors(error: z.ZodError, place: Place, t: ApiTranslator): ProblemFieldError[] {
  return error.issues.map((issue) => ({
    in: place,
    ...(place === "body"
      ? { pointer: jsonPointer(issue.path) }
      : { name: String(issue.path[0] ?? "") }),
    detail: translateErrorKey(t, issue.message) ?? t("validation.invalid"),
  }));
}

async function readJson(request: NextRequest, t: ApiTranslator): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    const detail = t("api.details.invalidJson");
    throw new ApiProblem("BAD_REQUEST", "invalidJson", [{ in: "body", pointer: "#", detail }]);
  }
}

const PLACES: Place[] = ["query", "path", "header", "body"];

/**
 * The route's query, path parameters, headers and body, parsed with its schemas. Every refused field of
 * every part is named in one 400 answer, so that a client fixes them all at once.
 */
export async function parseRequest(
  route: AnyApiRoute,
  request: NextRequest,
  rawParams: Record<string, unknown>,
  t: ApiTranslator,
) {
  const schemas: Record<Place, z.ZodType | undefined> = {
    query: route.query,
    path: route.params,
    header: route.headers,
    body: route.body,
  };
  const raw: Record<Place, unknown> = {
    query: Object.fromEntries(request.nextUrl.searchParams),
    path: rawParams,
    header: Object.fromEntries(request.headers),
    body: route.body ? await readJson(request, t) : undefined,
  };
  const parsed: Partial<Record<Place, unknown>> = {};
  const errors: ProblemFieldError[] = [];
  for (const place of PLACES) {
    const result = schemas[place]?.safeParse(raw[place]);
    if (result?.success) parsed[place] = result.data;
    else if (result) errors.push(...fieldErrors(result.error, place, t));
  }
  if (errors.length > 0) throw new ApiProblem("BAD_REQUEST", "invalidRequest", errors);
  return {
    query: parsed.query ?? {},
    params: parsed.path ?? {},
    headers: parsed.header ?? {},
    body: parsed.body,
  };
}
