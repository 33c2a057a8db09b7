import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { hashToken, newSecretToken } from "@/lib/security/tokens";

// A session is a row; the session cookie (next-auth's JWT) carries the row's random id, of which
// only the SHA-256 is stored. The row decides: deleting it signs that browser out at once.

/** Without a request for this long, a session ends (a desk left unattended overnight). */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** However active, a session ends this long after sign-in (a working week). */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** `lastSeenAt` is written at most this often, so that requests do not each cost a write. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

type Tx = Prisma.TransactionClient;

/** Where a session stands at `now`: live (and whether to record the activity) or ended. */
export function sessionState(
  session: { createdAt: Date; lastSeenAt: Date },
  now = new Date(),
): "live" | "touch" | "ended" {
  const at = now.getTime();
  if (at - session.createdAt.getTime() >= SESSION_ABSOLUTE_MS) return "ended";
  const idle = at - session.lastSeenAt.getTime();
  if (idle >= SESSION_IDLE_MS) return "ended";
  return idle >= TOUCH_EVERY_MS ? "touch" : "live";
}

/** Starts a session for a user who just signed in; returns the id the cookie carries. */
export async function startSession(userId: string): Promise<string> {
  const secret = newSecretToken();
  const now = Date.now();
  await db.$transaction([
    // The user's sessions that ended without a sign-out are cleared as new ones start.
    db.session.deleteMany({
      where: {
        userId,
        OR: [
          { createdAt: { lte: new Date(now - SESSION_ABSOLUTE_MS) } },
          { lastSeenAt: { lte: new Date(now - SESSION_IDLE_MS) } },
        ],
      },
    }),
    db.session.create({ data: { id: hashToken(secret), userId } }),
  ]);
  return secret;
}

/** The stored row of a session id, read with what the actor needs; null when there is none. */
export function findSession(secret: string) {
  return db.session.findUnique({
    where: { id: hashToken(secret) },
    select: { id: true, createdAt: true, lastSeenAt: true, userId: true },
  });
}

/** Records activity (conditionally, so concurrent requests write once). */
export async function touchSession(id: string, lastSeenAt: Date): Promise<void> {
  await db.session.updateMany({ where: { id, lastSeenAt }, data: { lastSeenAt: new Date() } });
}

/** Ends one session (sign-out, or one found past its lifetime). */
export async function endSession(secret: string): Promise<void> {
  await db.session.deleteMany({ where: { id: hashToken(secret) } });
}

/** Ends every session of the user, but for the one `keep` names (the browser asking). */
export async function endSessions(tx: Tx, userId: string, keep: string | null = null) {
  const { count } = await tx.session.deleteMany({
    where: { userId, ...(keep ? { id: { not: hashToken(keep) } } : {}) },
  });
  return count;
}
