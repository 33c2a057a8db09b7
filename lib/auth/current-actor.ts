import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/security/tokens";
import { visitor, type Actor } from "./actor";
import { endSession, sessionState, touchSession } from "./sessions";

/** The session id the request's session cookie carries; null without a valid cookie. */
export const currentSessionId = cache(async (): Promise<string | null> => {
  // getToken reads the (possibly chunked) session cookie and decrypts it. Headers are left out:
  // it would otherwise take an `Authorization: Bearer` API token for a session token.
  const req = { cookies: await cookies(), headers: new Headers() } as unknown as NextRequest;
  const token = await getToken({ req });
  return typeof token?.sid === "string" ? token.sid : null;
});

/**
 * The actor of the current request, from the session cookie. A session that was ended (sign-out,
 * sign out everywhere), has expired, or belongs to a suspended user counts as none.
 */
export const currentActor = cache(async (): Promise<Actor> => {
  const sessionId = await currentSessionId();
  return sessionId ? actorForSession(sessionId) : visitor;
});

const actorUserSelect = {
  isAdmin: true,
  status: true,
  sessionsValidAfter: true,
  membership: { select: { orgId: true, role: true, organization: { select: { kind: true } } } },
} as const;

/** The actor a session id speaks for (the one check behind pages, actions and /api/auth/session). */
export async function actorForSession(sessionId: string): Promise<Actor> {
  const session = await db.session.findUnique({
    where: { id: hashToken(sessionId) },
    select: {
      id: true,
      createdAt: true,
      lastSeenAt: true,
      userId: true,
      user: { select: actorUserSelect },
    },
  });
  if (!session) return visitor;
  const state = sessionState(session);
  if (state === "ended") {
    await endSession(sessionId);
    return visitor;
  }
  const revoked = session.createdAt < session.user.sessionsValidAfter;
  const actor = toActor(session.userId, session.user, revoked);
  if (actor.kind === "user" && state === "touch")
    await touchSession(session.id, session.lastSeenAt);
  return actor;
}

/** The actor of a credential issued to the user at `credentialIssuedAt` (an API token). */
export async function actorForUser(userId: string, credentialIssuedAt: Date): Promise<Actor> {
  const user = await db.user.findUnique({ where: { id: userId }, select: actorUserSelect });
  if (!user) return visitor;
  // Token times are whole seconds (api-token-state.ts); sessionsValidAfter has milliseconds.
  const validAfter = Math.floor(user.sessionsValidAfter.getTime() / 1000) * 1000;
  return toActor(userId, user, credentialIssuedAt.getTime() < validAfter);
}

type ActorUser = NonNullable<
  Awaited<
    ReturnType<typeof db.user.findUnique<{ where: { id: string }; select: typeof actorUserSelect }>>
  >
>;

/**
 * A suspended user, or a credential issued before the user's `sessionsValidAfter` (suspension,
 * password reset, removal from an organization: `revoked`), counts as a visitor.
 */
function toActor(userId: string, user: ActorUser, revoked: boolean): Actor {
  if (user.status !== "ACTIVE" || revoked) return visitor;
  return {
    kind: "user",
    userId,
    isAdmin: user.isAdmin,
    orgId: user.membership?.orgId ?? null,
    orgKind: user.membership?.organization.kind ?? null,
    orgRole: user.membership?.role ?? null,
  };
}
