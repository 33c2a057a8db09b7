import "server-only";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import type { Actor } from "@/lib/auth/actor";
import { visitor } from "@/lib/auth/actor";
import { apiTokenActor } from "@/lib/auth/api-token-actor";
import { actorForSession } from "@/lib/auth/current-actor";
import { authOptions } from "@/lib/auth/options";
import type { ApiTokenScope } from "@/lib/generated/prisma/enums";
import { ApiProblem } from "./api-problem";
import { BEARER_CHALLENGE } from "./problem";

/** Who a request speaks for and how it proved it; a session may do whatever its pages may. */
export type RequestCredential =
  { via: "token"; actor: Actor; scope: ApiTokenScope } | { via: "session"; actor: Actor };

const INVALID_TOKEN = { "WWW-Authenticate": `${BEARER_CHALLENGE}, error="invalid_token"` };

/**
 * The session cookie of the request, checked as currentActor checks it (actorForSession), but read
 * from the request itself so that route handlers need no ambient request scope.
 */
async function sessionActor(request: NextRequest): Promise<Actor> {
  const jwt = await getToken({ req: request, secret: authOptions.secret });
  return typeof jwt?.sid === "string" ? actorForSession(jwt.sid) : visitor;
}

/** `Authorization: Bearer <token>` first; without that header, the session cookie (or none). */
export async function requestCredential(request: NextRequest): Promise<RequestCredential> {
  const bearer = await apiTokenActor(request.headers);
  if (bearer.kind === "invalid")
    throw new ApiProblem("UNAUTHENTICATED", "invalidToken", undefined, INVALID_TOKEN);
  if (bearer.kind === "valid") {
    const { actor, scope } = bearer.credential;
    return { via: "token", actor, scope };
  }
  return { via: "session", actor: await sessionActor(request) };
}

const READ_METHODS = new Set(["GET", "HEAD"]);

/** A read-only token may read, and nothing else. */
export function assertMayCall(credential: RequestCredential, method: string): void {
  if (credential.via === "token" && credential.scope === "READ" && !READ_METHODS.has(method))
    throw new ApiProblem("FORBIDDEN", "readOnlyToken");
}
