import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isSecurityType, type NotificationType } from "./events";

type Tx = Prisma.TransactionClient;

export interface Channels {
  inApp: boolean;
  email: boolean;
}

/** What a user chose for a type; no choice means both, and security mail is always emailed. */
export function channelsFor(
  type: NotificationType,
  choice: { inApp: boolean; email: boolean } | undefined,
): Channels {
  if (isSecurityType(type)) return { inApp: choice?.inApp ?? true, email: true };
  return { inApp: choice?.inApp ?? true, email: choice?.email ?? true };
}

/** The channels of each of `userIds` for `type`. */
export async function channelsOfUsers(
  tx: Tx,
  type: NotificationType,
  userIds: string[],
): Promise<Map<string, Channels>> {
  const choices = await tx.notificationPreference.findMany({
    where: { type, userId: { in: userIds } },
    select: { userId: true, inApp: true, email: true },
  });
  const byUser = new Map(choices.map((choice) => [choice.userId, choice]));
  return new Map(userIds.map((id) => [id, channelsFor(type, byUser.get(id))]));
}
