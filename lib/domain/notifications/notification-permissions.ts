import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { signedIn, type UserActor } from "@/lib/auth/guards";
import { definePermission } from "@/lib/auth/permission";

/**
 * Who may read and mark notifications: any signed-in user (vendors, enterprises, admins), their
 * own only. Whose they are is the query's `where` (`userId`), so another's is "not found".
 */
export const readOwnNotifications = definePermission((actor) => signedIn.refusal(actor));

/** The user whose notifications these are; every read and mark filters on their id. */
export function requireNotificationOwner(actor: Actor): UserActor {
  readOwnNotifications.require(actor);
  return actor as UserActor;
}
