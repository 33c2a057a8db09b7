import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { DomainError } from "@/lib/domain/errors";
import { hashToken } from "./tokens";

// Every abuse limit of the app, each defined once. Counters live in PostgreSQL (table
// rate_limits, created by the migrations), so a limit holds across app instances. A policy
// allows `points` within `duration` seconds; `blockSeconds` (when set) refuses the key for
// that long once the limit is reached, whatever the window says.

interface Policy {
  points: number;
  duration: number;
  blockSeconds?: number;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;

export const POLICIES = {
  /** Failed sign-ins of one account from one IP (or one known device): slowed, then refused. */
  signInPair: { points: 10, duration: 15 * MINUTE, blockSeconds: 15 * MINUTE },
  /** Failed sign-ins of one account from anywhere: stops a distributed attack, never the owner
   * (known devices and unlock links pass it). */
  signInAccount: { points: 50, duration: HOUR, blockSeconds: HOUR },
  /** Failed sign-ins from one IP, any account (password spraying); known devices pass it. */
  signInIp: { points: 100, duration: 15 * MINUTE, blockSeconds: 15 * MINUTE },
  /** Wrong current passwords given to a signed-in form (password or email change). */
  passwordCheckUser: { points: 5, duration: 15 * MINUTE, blockSeconds: 15 * MINUTE },
  signUpIp: { points: 10, duration: HOUR },
  accountMailIp: { points: 20, duration: HOUR },
  /** Confirmation, password-reset, unlock and email-change mails to one address. */
  accountMailRecipient: { points: 3, duration: HOUR },
  invitationUser: { points: 30, duration: HOUR },
  invitationIp: { points: 60, duration: HOUR },
  invitationRecipient: { points: 3, duration: 24 * HOUR },
  reportUser: { points: 10, duration: HOUR },
  reportIp: { points: 30, duration: HOUR },
  /** Questions asked (答疑) by one user, and by all members of one vendor organization. */
  questionUser: { points: 20, duration: HOUR },
  questionOrg: { points: 60, duration: HOUR },
  apiTokenUser: { points: 10, duration: HOUR },
  apiTokenIp: { points: 30, duration: HOUR },
} satisfies Record<string, Policy>;

export type PolicyName = keyof typeof POLICIES;

let state: { url: string; limiters: Map<PolicyName, RateLimiterPostgres> } | null = null;

function limiter(name: PolicyName): RateLimiterPostgres {
  const url = process.env.DATABASE_URL!;
  if (state?.url !== url) state = { url, limiters: new Map() };
  let found = state.limiters.get(name);
  if (!found) {
    const policy: Policy = POLICIES[name];
    found = new RateLimiterPostgres({
      storeClient: pool(url),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix: name,
      points: policy.points,
      duration: policy.duration,
    });
    state.limiters.set(name, found);
  }
  return found;
}

const pools = new Map<string, pg.Pool>();

function pool(url: string): pg.Pool {
  let found = pools.get(url);
  if (!found) {
    found = new pg.Pool({ connectionString: url, max: 4 });
    // An idle connection closed by the server (restart, failover) must not crash the process;
    // the pool replaces it on next use.
    found.on("error", () => {});
    pools.set(url, found);
  }
  return found;
}

/** The refusal every limit gives: what was refused, and when to try again. */
export function rateLimited(message: string, seconds: number): DomainError {
  const wait = Math.max(1, Math.ceil(seconds));
  return new DomainError("RATE_LIMITED", message, {
    params: { seconds: wait, minutes: Math.ceil(wait / 60) },
  });
}

// Keys are kept short and free of personal data: emails and long keys are stored as digests.
const storable = (key: string) => (key.length > 200 ? hashToken(key) : key);

/** The key of an email address in the counters (a digest, so the table holds no addresses). */
export const emailKey = (email: string) => hashToken(email.trim().toLowerCase());

/** Seconds until `key` may act again under the policy, or 0; counts nothing. */
export async function secondsBlocked(name: PolicyName, key: string): Promise<number> {
  const res = await limiter(name).get(storable(key));
  if (!res || res.consumedPoints < POLICIES[name].points) return 0;
  return Math.ceil(res.msBeforeNext / 1000);
}

/** Counts one event; returns how many the key now has in the window (blocking it at the limit). */
export async function count(name: PolicyName, key: string): Promise<number> {
  const policy: Policy = POLICIES[name];
  const stored = storable(key);
  const res = await limiter(name)
    .consume(stored)
    .catch((rejection: unknown) => rejectionState(rejection));
  if (policy.blockSeconds && res.consumedPoints === policy.points)
    await limiter(name).block(stored, policy.blockSeconds);
  return res.consumedPoints;
}

/**
 * Counts one request against each (policy, key) pair and refuses, with the wait, when any of them
 * is over its limit. A missing key (no IP known) is not limited.
 */
export async function limit(
  message: string,
  ...checks: [PolicyName, string | null | undefined][]
): Promise<void> {
  const waits = await Promise.all(
    checks.map(async ([name, key]) => {
      if (!key) return 0;
      const used = await count(name, key);
      return used > POLICIES[name].points ? secondsBlocked(name, key) : 0;
    }),
  );
  const wait = Math.max(0, ...waits);
  if (wait > 0) throw rateLimited(message, wait);
}

/** Forgets a key's count (a correct password, an unlock). */
export async function clear(name: PolicyName, key: string): Promise<void> {
  await limiter(name).delete(storable(key));
}

/** How a policy's counters are stored in rate_limits, for clearing a family of keys at once. */
export function storedKeyPrefix(name: PolicyName, keyPrefix: string): string {
  return `${name}:${keyPrefix}`;
}

function rejectionState(rejection: unknown): RateLimiterRes {
  if (rejection instanceof RateLimiterRes) return rejection;
  throw rejection;
}
