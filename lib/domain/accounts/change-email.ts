import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { DomainError } from "@/lib/domain/errors";
import { isUniqueViolation } from "@/lib/domain/prisma-errors";
import type { RequestOrigin } from "@/lib/security/client-ip";
import { parseInput } from "@/lib/validation/parse-input";
import { limitAccountMail } from "./account-mail-limits";
import { requestEmailChangeSchema, type RequestEmailChangeInput } from "./account-settings.schema";
import { consumeEmailToken, issueEmailToken, linkTokenSchema } from "./email-tokens";
import { requireCurrentPassword } from "./require-current-password";
import { sendAccountEmail } from "./send-account-email";

const refused = (key: string) =>
  new DomainError("VALIDATION", key, { fieldErrors: { newEmail: [key] } });

/**
 * The signed-in user asks to move the account to a new address, giving the current password. The
 * address changes only when the link mailed to the new address is followed (24 hours).
 */
export async function requestEmailChange(
  actor: Actor,
  input: RequestEmailChangeInput,
  origin: RequestOrigin,
): Promise<void> {
  const user = requireUser(actor);
  const { newEmail, currentPassword } = parseInput(requestEmailChangeSchema, input);
  await requireCurrentPassword(user.userId, currentPassword);
  const account = await db.user.findUniqueOrThrow({ where: { id: user.userId } });
  if (account.email === newEmail) throw refused("sameEmail");
  if (await db.user.findUnique({ where: { email: newEmail }, select: { id: true } }))
    throw refused("emailTaken");
  await limitAccountMail("changeEmail", newEmail, origin);
  const token = await db.$transaction(async (tx) => {
    await recordAuditEvent(tx, user, {
      entityType: "user",
      entityId: user.userId,
      action: "user.request-email-change",
      after: { newEmail },
    });
    return issueEmailToken(tx, user.userId, "CHANGE_EMAIL", newEmail);
  });
  await sendAccountEmail("changeEmail", { ...account, email: newEmail }, token);
}

/** Follows the link mailed to the new address: the account signs in with it from now on. */
export async function confirmEmailChange(token: unknown): Promise<{ email: string }> {
  const value = parseInput(linkTokenSchema, token);
  return db
    .$transaction(async (tx) => {
      const { userId, newEmail } = await consumeEmailToken(tx, value, "CHANGE_EMAIL");
      const before = await tx.user.findUniqueOrThrow({ where: { id: userId } });
      await tx.user.update({
        where: { id: userId },
        data: { email: newEmail!, emailVerifiedAt: new Date() },
      });
      await recordAuditEvent(
        tx,
        { kind: "user", userId },
        {
          entityType: "user",
          entityId: userId,
          action: "user.change-email",
          before: { email: before.email },
          after: { email: newEmail },
        },
      );
      return { email: newEmail! };
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? new DomainError("CONFLICT", "emailTaken") : error;
    });
}
