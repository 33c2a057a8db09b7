import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appUrl } from "@/lib/config";
import { isLocale } from "@/lib/i18n/config";
import { queueEmailIn } from "@/lib/notifications/queue-email-now";

const PATHS = {
  verifyEmail: "/verify-email",
  resetPassword: "/reset-password",
  unlockSignIn: "/unlock-sign-in",
  changeEmail: "/confirm-email-change",
} as const;

export type AccountEmailKind = keyof typeof PATHS;

/**
 * Queues an account link (confirmation, reset, unlock, new address) in the user's language on the
 * outbox, in `tx` when given. Security mail: no preference turns it off.
 */
export async function sendAccountEmail(
  kind: AccountEmailKind,
  user: { email: string; name: string; locale: string },
  token: string,
  tx?: Prisma.TransactionClient,
): Promise<void> {
  await queueEmailIn(tx, {
    idempotencyKey: `account:${kind}:${randomUUID()}`,
    to: user.email,
    locale: isLocale(user.locale) ? user.locale : "zh-CN",
    kind,
    values: { name: user.name },
    link: `${appUrl()}${PATHS[kind]}?token=${encodeURIComponent(token)}`,
  });
}
