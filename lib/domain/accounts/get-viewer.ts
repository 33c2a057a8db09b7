import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { signedInUserRow } from "./signed-in-user";

/** What the header shows about the signed-in user; null for visitors. */
export async function getViewer(actor: Actor) {
  if (actor.kind !== "user") return null;
  const user = await signedInUserRow(actor.userId);
  if (!user) return null;
  return {
    name: user.name,
    email: user.email,
    isAdmin: actor.isAdmin,
    organization: user.membership?.organization ?? null,
  };
}
