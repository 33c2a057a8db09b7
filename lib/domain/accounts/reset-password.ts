import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation/parse-input";
import { forgetDevices } from "@/lib/auth/known-devices";
import { hashPassword } from "@/lib/auth/password";
import { endSessions } from "@/lib/auth/sessions";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import type { RequestOrigin } from "@/lib/security/client-ip";
import { clearAccountLimits } from "@/lib/security/sign-in-limits";
import { emailAddress } from "@/lib/validation/fields";
import { limitAccountMail } from "./account-mail-limits";
import { resetPasswordSchema } from "./reset-password.schema";
import { consumeEmailToken, issueEmailToken } from "./email-tokens";
import { sendAccountEmail } from "./send-account-email";

/** Emails a reset link when the address has an account; answers the same either way. */
export async function requestPasswordReset(input: unknown, origin: RequestOrigin): Promise<void> {
  const email = parseInput(emailAddress(), input);
  await limitAccountMail("resetPassword", email, origin);
  const user = await db.user.findUnique({ where: { email } });
  if (!user || user.status !== "ACTIVE") return;
  const token = await db.$transaction((tx) => issueEmailToken(tx, user.id, "RESET_PASSWORD"));
  await sendAccountEmail("resetPassword", user, token);
}

/**
 * Sets a new password from a reset link (single use, 1 hour). Following the link proves the
 * address: every existing session and API token is signed out, the browsers that knew the old
 * password are no longer known devices, and the account's sign-in limits are lifted.
 */
export async function resetPassword(input: z.input<typeof resetPasswordSchema>): Promise<void> {
  const data = parseInput(resetPasswordSchema, input);
  const passwordHash = await hashPassword(data.password);
  await db.$transaction(async (tx) => {
    const { userId } = await consumeEmailToken(tx, data.token, "RESET_PASSWORD");
    const now = new Date();
    const { emailVerifiedAt, email } = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionsValidAfter: now, emailVerifiedAt: emailVerifiedAt ?? now },
    });
    await endSessions(tx, userId);
    await forgetDevices(tx, userId);
    await clearAccountLimits(tx, email);
    await recordAuditEvent(
      tx,
      { kind: "user", userId },
      {
        entityType: "user",
        entityId: userId,
        action: "user.reset-password",
      },
    );
  });
}
