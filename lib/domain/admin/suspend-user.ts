import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { DomainError } from "@/lib/domain/errors";
import { changeUserStatus } from "./change-user-status";
import { userStatusChangeSchema, type UserStatusChangeInput } from "./user-status-change.schema";
import { parseInput } from "@/lib/validation/parse-input";

/**
 * An admin suspends a user: they cannot sign in, and every session they hold ends at its next
 * request (sessions issued before now are refused). Admins cannot suspend themselves.
 */
export async function suspendUser(actor: Actor, input: UserStatusChangeInput): Promise<void> {
  const admin = requireAdmin(actor);
  const { userId, reason } = parseInput(userStatusChangeSchema, input);
  if (userId === admin.userId) throw new DomainError("FORBIDDEN", "cannotSuspendSelf");
  await changeUserStatus(admin, {
    userId,
    reason,
    from: "ACTIVE",
    to: "SUSPENDED",
    action: "user.suspend",
    notInFrom: "userAlreadySuspended",
    revokeSessions: true,
  });
}
