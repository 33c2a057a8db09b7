import "server-only";
import {
  authenticateApiToken,
  type ApiTokenCredential,
} from "@/lib/domain/api-tokens/authenticate-api-token";

/** What a request's Authorization header says: nothing, a token that works, or one that does not. */
export type BearerResult =
  { kind: "absent" } | { kind: "valid"; credential: ApiTokenCredential } | { kind: "invalid" };

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/**
 * The personal API token a request presents (`Authorization: Bearer <token>`). A request that
 * sends the header speaks for the token alone: a bad token is refused, never replaced by the
 * session cookie the same client may also hold.
 */
export async function apiTokenActor(headers: Headers): Promise<BearerResult> {
  const header = headers.get("authorization");
  if (header === null) return { kind: "absent" };
  const presented = BEARER.exec(header)?.[1];
  const credential = presented ? await authenticateApiToken(presented) : null;
  return credential ? { kind: "valid", credential } : { kind: "invalid" };
}
