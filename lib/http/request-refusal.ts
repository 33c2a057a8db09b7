// Requests refused before any page, action or route runs, for what no code behind them should
// ever have to handle: text PostgreSQL cannot store (NUL), paths that are not UTF-8, server
// actions posted from another site or larger than the app accepts.

/** Largest body a server action accepts; next.config.js's `bodySizeLimit` says the same. */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 55 * 1024 * 1024;

export type RequestRefusal =
  /** The path is not UTF-8 or holds control characters: nothing can be found there. */
  | "malformedPath"
  /** A query parameter holds a NUL byte. */
  | "malformedQuery"
  /** A server action posted from another origin. */
  | "crossOriginAction"
  /** A server action body over the limit. */
  | "bodyTooLarge";

export const REFUSAL_STATUS: Record<RequestRefusal, number> = {
  malformedPath: 404,
  malformedQuery: 400,
  crossOriginAction: 403,
  bodyTooLarge: 413,
};

const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

function isMalformedPath(pathname: string): boolean {
  try {
    return pathname
      .split("/")
      .some((segment) => CONTROL_CHARACTER.test(decodeURIComponent(segment)));
  } catch {
    return true;
  }
}

function isForeignOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** Why the request is refused before it reaches the app, or null when it may go on. */
export function requestRefusal(request: {
  method: string;
  headers: Headers;
  nextUrl: URL;
}): RequestRefusal | null {
  if (isMalformedPath(request.nextUrl.pathname)) return "malformedPath";
  for (const [key, value] of request.nextUrl.searchParams) {
    if (key.includes("\0") || value.includes("\0")) return "malformedQuery";
  }
  if (request.method === "POST" && request.headers.has("next-action")) {
    if (isForeignOrigin(request.headers)) return "crossOriginAction";
    if (Number(request.headers.get("content-length")) > SERVER_ACTION_BODY_LIMIT_BYTES) {
      return "bodyTooLarge";
    }
  }
  return null;
}
