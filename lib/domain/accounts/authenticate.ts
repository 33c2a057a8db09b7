import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/domain/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { emailAddress } from "@/lib/validation/fields";
import {
  recordFailure,
  recordSuccess,
  secondsUntilAllowed,
  type Keys,
} from "@/lib/security/sign-in-limits";

export const signInInput = z.object({
  email: emailAddress(),
  password: z.string().min(1, "required").max(128, "tooLong?max=128"),
});

// Compared against when the account does not exist, so that answers take the same time.
const decoyHash = hashPassword("decoy-password-for-timing");

async function refuseIfLimited(keys: Keys): Promise<void> {
  const seconds = await secondsUntilAllowed(keys);
  if (seconds > 0) {
    throw new DomainError("RATE_LIMITED", "tooManyAttempts", {
      params: { seconds, minutes: Math.ceil(seconds / 60) },
    });
  }
}

/**
 * Checks an email and password for sign-in, under the abuse limits. Returns the user's id, or
 * refuses: wrong credentials (without saying which), too many attempts (with the wait), a
 * suspended account, an unconfirmed email address.
 */
export async function authenticate(input: unknown, ip: string | null): Promise<{ userId: string }> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) throw new DomainError("UNAUTHENTICATED", "invalidCredentials");
  const keys = { email: parsed.data.email, ip };
  await refuseIfLimited(keys);

  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, passwordHash: true, status: true, emailVerifiedAt: true },
  });
  const passwordOk = await verifyPassword(
    user?.passwordHash ?? (await decoyHash),
    parsed.data.password,
  );
  if (!user || !user.passwordHash || !passwordOk) {
    await sleep(await recordFailure(keys));
    await refuseIfLimited(keys);
    throw new DomainError("UNAUTHENTICATED", "invalidCredentials");
  }
  if (user.status === "SUSPENDED") throw new DomainError("FORBIDDEN", "accountSuspended");
  if (!user.emailVerifiedAt) throw new DomainError("FORBIDDEN", "emailNotVerified");
  await recordSuccess(keys);
  return { userId: user.id };
}
