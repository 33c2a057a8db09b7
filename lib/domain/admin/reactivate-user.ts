import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { changeUserStatus } from "./change-user-status";
import { userStatusChangeSchema, type UserStatusChangeInput } from "./user-status-change.schema";
import { parseInput } from "@/lib/validation/parse-input";

/**
 * An admin lifts a suspension: the user can sign in again. Sessions from before the suspension
 * stay revoked.
 */
export async function reactivateUser(actor: Actor, input: UserStatusChangeInput): Promise<void> {
  const admin = requireAdmin(actor);
  const { userId, reason } = parseInput(userStatusChangeSchema, input);
  await changeUserStatus(admin, {
    userId,
    reason,
    from: "SUSPENDED",
    to: "ACTIVE",
    action: "user.reactivate",
    notInFrom: "userNotSuspended",
    revokeSessions: false,
  });
}
