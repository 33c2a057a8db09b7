import type { z } from "zod";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation/parse-input";
import { hashPassword } from "@/lib/auth/password";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { emailAddress } from "@/lib/validation/fields";
import { resetPasswordSchema } from "./reset-password.schema";
import { consumeEmailToken, issueEmailToken } from "./email-tokens";
import { sendAccountEmail } from "./send-account-email";

/** Emails a reset link when the address has an account; answers the same either way. */
export async function requestPasswordReset(input: unknown): Promise<void> {
  const email = parseInput(emailAddress(), input);
  const user = await db.user.findUnique({ where: { email } });
  if (!user || user.status !== "ACTIVE") return;
  const token = await db.$transaction((tx) => issueEmailToken(tx, user.id, "RESET_PASSWORD"));
  await sendAccountEmail("resetPassword", user, token);
}

/**
 * Sets a new password from a reset link (single use, 1 hour). Following the link proves the
 * address, and every existing session is signed out.
 */
export async function resetPassword(input: z.input<typeof resetPasswordSchema>): Promise<void> {
  const data = parseInput(resetPasswordSchema, input);
  const passwordHash = await hashPassword(data.password);
  await db.$transaction(async (tx) => {
    const userId = await consumeEmailToken(tx, data.token, "RESET_PASSWORD");
    const now = new Date();
    const { emailVerifiedAt } = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionsValidAfter: now, emailVerifiedAt: emailVerifiedAt ?? now },
    });
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
