import "server-only";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation/parse-input";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import type { RequestOrigin } from "@/lib/security/client-ip";
import { emailAddress } from "@/lib/validation/fields";
import { limitAccountMail } from "./account-mail-limits";
import { consumeEmailToken, issueEmailToken, linkTokenSchema } from "./email-tokens";
import { sendAccountEmail } from "./send-account-email";

/** Confirms the email address behind a confirmation link (single use, 24 hours). */
export async function confirmEmail(token: unknown): Promise<void> {
  const value = parseInput(linkTokenSchema, token);
  await db.$transaction(async (tx) => {
    const { userId } = await consumeEmailToken(tx, value, "VERIFY_EMAIL");
    await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() } });
    await recordAuditEvent(
      tx,
      { kind: "user", userId },
      {
        entityType: "user",
        entityId: userId,
        action: "user.confirm-email",
      },
    );
  });
}

/**
 * Sends a new confirmation link to an unconfirmed account. Answers the same whether or not the
 * address is registered, so it cannot be used to find out who has an account.
 */
export async function resendConfirmation(input: unknown, origin: RequestOrigin): Promise<void> {
  const email = parseInput(emailAddress(), input);
  await limitAccountMail("verifyEmail", email, origin);
  const user = await db.user.findUnique({ where: { email } });
  if (!user || user.emailVerifiedAt) return;
  const token = await db.$transaction((tx) => issueEmailToken(tx, user.id, "VERIFY_EMAIL"));
  await sendAccountEmail("verifyEmail", user, token);
}
