import "server-only";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/config";
import { isLocale } from "@/lib/i18n/config";
import { queueEmail } from "@/lib/notifications/queue-email";
import { isUniqueViolation } from "@/lib/domain/prisma-errors";
import { DIGEST_PREFERENCE, DIGEST_RHYTHMS, type DigestRhythm } from "./digest-choice";
import { lastCompletePeriod, type DigestPeriod } from "./digest-period";
import { DIGEST_TYPES } from "./events";

/** A digest lists this many items, newest first, and says how many there were in all. */
export const DIGEST_ITEMS = 10;

/** One item of a digest as the outbox keeps it: the notice's type, texts' parameters and link. */
export interface DigestItem {
  type: string;
  params: Record<string, string>;
  link: string;
}

async function digestOf(userId: string, period: DigestPeriod) {
  const where = {
    userId,
    type: { in: DIGEST_TYPES },
    createdAt: { gte: period.start, lt: period.end },
  };
  const [total, rows] = await Promise.all([
    db.notification.count({ where }),
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: DIGEST_ITEMS,
      select: { type: true, data: true },
    }),
  ]);
  const items: DigestItem[] = rows.map((row) => {
    const data = row.data as { params?: Record<string, string>; href?: string };
    return { type: row.type, params: data.params ?? {}, link: `${appUrl()}${data.href ?? "/"}` };
  });
  return { total, items };
}

async function queueDigest(
  user: { id: string; email: string; name: string; locale: string },
  rhythm: DigestRhythm,
  period: DigestPeriod,
): Promise<boolean> {
  const idempotencyKey = `digest:${period.key}:${user.id}`;
  if (await db.emailDelivery.findUnique({ where: { idempotencyKey }, select: { id: true } })) {
    return false;
  }
  const { total, items } = await digestOf(user.id, period);
  if (total === 0) return false;
  try {
    await db.$transaction((tx) =>
      queueEmail(tx, {
        idempotencyKey,
        to: user.email,
        locale: isLocale(user.locale) ? user.locale : "zh-CN",
        kind: "digest",
        values: { name: user.name, rhythm, count: String(total), items: JSON.stringify(items) },
        link: `${appUrl()}/workspace`,
        userId: user.id,
        unsubscribeType: DIGEST_PREFERENCE,
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) return false; // another worker queued it meanwhile
    throw error;
  }
  return true;
}

/**
 * Queues the digest of the last complete period for every vendor who chose a daily or weekly one
 * and had new matching requirements or saved-search hits in it: one email per period and user,
 * however often this runs (the outbox's idempotency key). Returns how many were queued.
 */
export async function queueDigests(now: Date): Promise<number> {
  const choices = await db.notificationPreference.findMany({
    where: {
      type: DIGEST_PREFERENCE,
      digest: { in: [...DIGEST_RHYTHMS] },
      user: { status: "ACTIVE" },
    },
    select: { digest: true, user: { select: { id: true, email: true, name: true, locale: true } } },
  });
  let queued = 0;
  for (const choice of choices) {
    const rhythm = choice.digest as DigestRhythm;
    if (await queueDigest(choice.user, rhythm, lastCompletePeriod(rhythm, now))) queued++;
  }
  return queued;
}
