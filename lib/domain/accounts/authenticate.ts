import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/domain/errors";
import { knownDevice, rememberDevice } from "@/lib/auth/known-devices";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { emailAddress } from "@/lib/validation/fields";
import {
  recordFailure,
  recordSuccess,
  refuseIfLimited,
  type SignInSource,
} from "@/lib/security/sign-in-limits";

export const signInInput = z.object({
  email: emailAddress(),
  password: z.string().min(1, "required").max(128, "tooLong?max=128"),
});

/** Where a sign-in comes from: the client's IP and the browser's device secret (its cookie). */
export interface SignInContext {
  ip: string | null;
  device: string | null;
}

// Compared against when the account does not exist, so that answers take the same time.
const decoyHash = hashPassword("decoy-password-for-timing");

/**
 * Checks an email and password for sign-in, under the abuse limits (lib/security/sign-in-limits.ts).
 * Returns the user's id and the device secret the browser keeps from now on (it is a known device
 * of the account), or refuses: wrong credentials (without saying which), too many attempts (with
 * the wait), a suspended account, an unconfirmed email address.
 */
export async function authenticate(
  input: unknown,
  context: SignInContext,
): Promise<{ userId: string; device: string }> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) throw new DomainError("UNAUTHENTICATED", "invalidCredentials");
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, status: true, emailVerifiedAt: true },
  });
  const source: SignInSource = {
    email,
    ip: context.ip,
    knownDevice: user ? await knownDevice(user.id, context.device) : null,
  };
  await refuseIfLimited(source);

  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
  if (!user || !user.passwordHash || !passwordOk) {
    await sleep(await recordFailure(source));
    await refuseIfLimited(source);
    throw new DomainError("UNAUTHENTICATED", "invalidCredentials");
  }
  if (user.status === "SUSPENDED") throw new DomainError("FORBIDDEN", "accountSuspended");
  if (!user.emailVerifiedAt) throw new DomainError("FORBIDDEN", "emailNotVerified");
  await recordSuccess(source);
  return { userId: user.id, device: await rememberDevice(db, user.id, context.device) };
}
