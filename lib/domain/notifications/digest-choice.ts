import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** The `NotificationPreference.type` of the row that holds a user's digest rhythm. */
export const DIGEST_PREFERENCE = "digest";

export const DIGEST_RHYTHMS = ["DAILY", "WEEKLY"] as const;
export type DigestRhythm = (typeof DIGEST_RHYTHMS)[number];

export const isDigestRhythm = (value: string | null | undefined): value is DigestRhythm =>
  DIGEST_RHYTHMS.includes(value as DigestRhythm);

/** A stored digest row's choice; no row (or no rhythm) means one mail each. */
export function readDigest(row: { digest: string | null } | undefined): DigestRhythm | "NONE" {
  return isDigestRhythm(row?.digest) ? row.digest : "NONE";
}

/** Those of `userIds` who chose a daily or weekly digest instead of one email per item. */
export async function digestUsers(tx: Tx, userIds: string[]): Promise<Set<string>> {
  const rows = await tx.notificationPreference.findMany({
    where: {
      type: DIGEST_PREFERENCE,
      userId: { in: userIds },
      digest: { in: [...DIGEST_RHYTHMS] },
    },
    select: { userId: true },
  });
  return new Set(rows.map((row) => row.userId));
}
