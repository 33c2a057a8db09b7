import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { forgetDevices } from "@/lib/auth/known-devices";
import { hashPassword } from "@/lib/auth/password";
import { endSessions } from "@/lib/auth/sessions";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { parseInput } from "@/lib/validation/parse-input";
import { changePasswordSchema, type ChangePasswordInput } from "./account-settings.schema";
import { requireCurrentPassword } from "./require-current-password";

/** The browser asking: its session and device stay when the others are ended. */
export interface CurrentBrowser {
  sessionId: string | null;
  device: string | null;
}

/**
 * The signed-in user sets a new password, giving the current one. Every other session ends and
 * other browsers are no longer known devices; this browser stays signed in. API tokens are
 * separate credentials and keep working (the tokens page revokes them).
 */
export async function changePassword(
  actor: Actor,
  input: ChangePasswordInput,
  current: CurrentBrowser,
): Promise<void> {
  const user = requireUser(actor);
  const data = parseInput(changePasswordSchema, input);
  await requireCurrentPassword(user.userId, data.currentPassword);
  const passwordHash = await hashPassword(data.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.userId }, data: { passwordHash } });
    const ended = await endSessions(tx, user.userId, current.sessionId);
    await forgetDevices(tx, user.userId, current.device);
    await recordAuditEvent(tx, user, {
      entityType: "user",
      entityId: user.userId,
      action: "user.change-password",
      after: { otherSessionsEnded: ended },
    });
  });
}
