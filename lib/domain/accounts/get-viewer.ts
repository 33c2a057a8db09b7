import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

/** What the header shows about the signed-in user; null for visitors. */
export async function getViewer(actor: Actor) {
  if (actor.kind !== "user") return null;
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: {
      name: true,
      email: true,
      membership: { select: { organization: { select: { id: true, name: true, kind: true } } } },
    },
  });
  if (!user) return null;
  return {
    name: user.name,
    email: user.email,
    isAdmin: actor.isAdmin,
    organization: user.membership?.organization ?? null,
  };
}
