import "server-only";
import { db } from "@/lib/db";
import { deviceDigest, rememberDevice } from "@/lib/auth/known-devices";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import type { RequestOrigin } from "@/lib/security/client-ip";
import { clearDeviceLimits } from "@/lib/security/sign-in-limits";
import { emailAddress } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse-input";
import { limitAccountMail } from "./account-mail-limits";
import { consumeEmailToken, issueEmailToken, linkTokenSchema } from "./email-tokens";
import { sendAccountEmail } from "./send-account-email";

/**
 * Emails an unlock link to an account that may sign in (active, confirmed); answers the same for
 * any address. The owner of an account held back by strangers' failures gets in this way.
 */
export async function requestSignInUnlock(input: unknown, origin: RequestOrigin): Promise<void> {
  const email = parseInput(emailAddress(), input);
  await limitAccountMail("unlockSignIn", email, origin);
  const user = await db.user.findUnique({ where: { email } });
  if (!user || user.status !== "ACTIVE" || !user.emailVerifiedAt) return;
  const token = await db.$transaction((tx) => issueEmailToken(tx, user.id, "UNLOCK_SIGN_IN"));
  await sendAccountEmail("unlockSignIn", user, token);
}

/**
 * Follows an unlock link (single use, 1 hour): the browser becomes a known device of the account,
 * which the account-wide ceiling does not hold back, with its own failures forgotten. Returns the
 * device secret the browser keeps.
 */
export async function unlockSignIn(token: unknown, device: string | null): Promise<string> {
  const value = parseInput(linkTokenSchema, token);
  const { kept, email } = await db.$transaction(async (tx) => {
    const { userId } = await consumeEmailToken(tx, value, "UNLOCK_SIGN_IN");
    const kept = await rememberDevice(tx, userId, device);
    const { email } = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    await recordAuditEvent(
      tx,
      { kind: "user", userId },
      { entityType: "user", entityId: userId, action: "user.unlock-sign-in" },
    );
    return { kept, email };
  });
  await clearDeviceLimits(email, deviceDigest(kept)!);
  return kept;
}
