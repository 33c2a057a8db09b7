import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { authOptions } from "./options";
import { visitor, type Actor } from "./actor";

/**
 * The actor of the current request, from the session cookie. A session issued before the user's
 * `sessionsValidAfter` (suspension, sign-out everywhere) or of a suspended user counts as none:
 * the user is signed out at their next request.
 */
export const currentActor = cache(async (): Promise<Actor> => {
  const session = await getServerSession(authOptions);
  if (!session?.userId) return visitor;
  return actorForUser(session.userId, new Date(session.issuedAt * 1000));
});

export async function actorForUser(userId: string, credentialIssuedAt: Date): Promise<Actor> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      isAdmin: true,
      status: true,
      sessionsValidAfter: true,
      membership: { select: { orgId: true, role: true, organization: { select: { kind: true } } } },
    },
  });
  // The JWT's iat has whole seconds; sessionsValidAfter has milliseconds.
  const validAfter = user ? Math.floor(user.sessionsValidAfter.getTime() / 1000) * 1000 : 0;
  if (!user || user.status !== "ACTIVE" || credentialIssuedAt.getTime() < validAfter)
    return visitor;
  return {
    kind: "user",
    userId,
    isAdmin: user.isAdmin,
    orgId: user.membership?.orgId ?? null,
    orgKind: user.membership?.organization.kind ?? null,
    orgRole: user.membership?.role ?? null,
  };
}
