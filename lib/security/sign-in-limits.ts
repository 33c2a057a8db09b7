import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  POLICIES,
  clear,
  count,
  emailKey,
  rateLimited,
  secondsBlocked,
  storedKeyPrefix,
} from "./rate-limits";

// Failed sign-ins are counted three ways (policies in rate-limits.ts):
// - per account and source: the IP, or the known device when the browser has signed in to this
//   account before. The first few failures are free, then each answer is slowed, and at the limit
//   that pair is refused for a while. A stranger's failures never touch another source's pair.
// - per account from anywhere, and per IP for any account: ceilings that stop a distributed or
//   spraying attack. They refuse unknown devices only, so the owner's own browser still gets in,
//   and an owner on a new browser unlocks it through an emailed link.

const FREE_FAILURES = 3;
const SLOWDOWN_STEP_MS = 400;
const MAX_SLOWDOWN_MS = 3000;

export interface SignInSource {
  email: string;
  ip: string | null;
  /** The browser's device digest when it is a known device of this account. */
  knownDevice: string | null;
}

const pairKey = ({ email, ip, knownDevice }: SignInSource) =>
  `${emailKey(email)}|${knownDevice ? `device:${knownDevice}` : `ip:${ip ?? "unknown"}`}`;

/** Refuses, with the wait, a source that may not try now. */
export async function refuseIfLimited(source: SignInSource): Promise<void> {
  const pair = await secondsBlocked("signInPair", pairKey(source));
  if (pair > 0) throw rateLimited("tooManyAttempts", pair);
  if (source.knownDevice) return;
  const account = await secondsBlocked("signInAccount", emailKey(source.email));
  if (account > 0) throw rateLimited("accountProtected", account);
  const ip = source.ip ? await secondsBlocked("signInIp", source.ip) : 0;
  if (ip > 0) throw rateLimited("tooManyAttempts", ip);
}

/** Counts a failure everywhere it counts; returns how long to hold the answer back. */
export async function recordFailure(source: SignInSource): Promise<number> {
  const [failures] = await Promise.all([
    count("signInPair", pairKey(source)),
    count("signInAccount", emailKey(source.email)),
    source.ip ? count("signInIp", source.ip) : null,
  ]);
  const slowed = Math.min(failures, POLICIES.signInPair.points) - FREE_FAILURES;
  return Math.min(Math.max(0, slowed) * SLOWDOWN_STEP_MS, MAX_SLOWDOWN_MS);
}

/** A correct password clears its own source's failures (not the account's: an attack goes on). */
export async function recordSuccess(source: SignInSource): Promise<void> {
  await clear("signInPair", pairKey(source));
}

/** Lifts every sign-in limit of the account (a password reset proves the owner). */
export async function clearAccountLimits(tx: Prisma.TransactionClient, email: string) {
  const key = emailKey(email);
  await tx.rateLimit.deleteMany({
    where: {
      OR: [
        { key: storedKeyPrefix("signInAccount", key) },
        { key: { startsWith: storedKeyPrefix("signInPair", `${key}|`) } },
      ],
    },
  });
}

/** Lifts the failures of one device on the account (an unlock link followed in that browser). */
export async function clearDeviceLimits(email: string, knownDevice: string): Promise<void> {
  await clear("signInPair", pairKey({ email, ip: null, knownDevice }));
}
