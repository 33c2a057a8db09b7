import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { hashToken, newSecretToken } from "@/lib/security/tokens";

type Client = Prisma.TransactionClient | typeof db;

// A browser keeps a random secret in its device cookie; the database keeps, per user, the
// digests of the devices that user has signed in from (or unlocked by email).

/** The stored digest of a presented device secret, or null when there is none. */
export function deviceDigest(secret: string | null | undefined): string | null {
  return secret && /^[A-Za-z0-9_-]{43}$/.test(secret) ? hashToken(secret) : null;
}

/** The device's digest when it is a known device of the user, else null. */
export async function knownDevice(userId: string, secret: string | null): Promise<string | null> {
  const digest = deviceDigest(secret);
  if (!digest) return null;
  const row = await db.knownDevice.findUnique({
    where: { userId_deviceHash: { userId, deviceHash: digest } },
    select: { deviceHash: true },
  });
  return row?.deviceHash ?? null;
}

/**
 * Makes the browser a known device of the user; returns the secret its cookie keeps (the one it
 * presented, or a new one when it had none).
 */
export async function rememberDevice(
  client: Client,
  userId: string,
  secret: string | null,
): Promise<string> {
  const kept = deviceDigest(secret) ? secret! : newSecretToken();
  const deviceHash = hashToken(kept);
  await client.knownDevice.upsert({
    where: { userId_deviceHash: { userId, deviceHash } },
    create: { userId, deviceHash },
    update: { lastSignInAt: new Date() },
  });
  return kept;
}

/** Forgets the user's devices (a new password: whoever knew the old one loses the standing). */
export async function forgetDevices(
  tx: Prisma.TransactionClient,
  userId: string,
  keep: string | null = null,
): Promise<void> {
  const kept = deviceDigest(keep);
  await tx.knownDevice.deleteMany({
    where: { userId, ...(kept ? { deviceHash: { not: kept } } : {}) },
  });
}
