import "server-only";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { DomainError } from "@/lib/domain/errors";
import { clear, count, rateLimited, secondsBlocked } from "@/lib/security/rate-limits";

/**
 * Refuses unless `password` is the user's current one. A signed-in browser guessing it is held
 * back like a sign-in (policy passwordCheckUser), so a borrowed session cannot find the password.
 */
export async function requireCurrentPassword(userId: string, password: string): Promise<void> {
  const wait = await secondsBlocked("passwordCheckUser", userId);
  if (wait > 0) throw rateLimited("tooManyAttempts", wait);
  const { passwordHash } = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { passwordHash: true },
  });
  if (passwordHash && (await verifyPassword(passwordHash, password))) {
    await clear("passwordCheckUser", userId);
    return;
  }
  await count("passwordCheckUser", userId);
  throw new DomainError("VALIDATION", "wrongPassword", {
    fieldErrors: { currentPassword: ["wrongPassword"] },
  });
}
