import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";

/** What the account page shows the signed-in user about themselves, and a pending new address. */
export async function getAccountSettings(actor: Actor) {
  const { userId } = requireUser(actor);
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      locale: true,
      emailTokens: {
        where: { purpose: "CHANGE_EMAIL", usedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { newEmail: true },
      },
    },
  });
  const { emailTokens, ...settings } = user;
  return { ...settings, pendingEmail: emailTokens[0]?.newEmail ?? null };
}
