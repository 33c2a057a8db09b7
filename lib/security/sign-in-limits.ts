import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

// Failed sign-ins are counted per account and per IP in PostgreSQL (table rate_limits, created
// by the migrations), so the limits hold across app instances. Within a window, the first few
// failures are free, then each answer is slowed, and at the limit the key is refused until the
// block expires.

export const ACCOUNT_LIMIT = { points: 10, duration: 15 * 60, blockDuration: 15 * 60 };
export const IP_LIMIT = { points: 50, duration: 15 * 60, blockDuration: 15 * 60 };
const FREE_FAILURES = 3;
const SLOWDOWN_STEP_MS = 400;
const MAX_SLOWDOWN_MS = 3000;

let limiters: { account: RateLimiterPostgres; ip: RateLimiterPostgres; url: string } | null = null;

function getLimiters() {
  const url = process.env.DATABASE_URL!;
  if (limiters?.url !== url) {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    // An idle connection closed by the server (restart, failover) must not crash the process;
    // the pool replaces it on next use.
    pool.on("error", () => {});
    const common = {
      storeClient: pool,
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
    };
    const { points, duration } = ACCOUNT_LIMIT;
    limiters = {
      url,
      account: new RateLimiterPostgres({
        ...common,
        keyPrefix: "signin-account",
        points,
        duration,
      }),
      ip: new RateLimiterPostgres({
        ...common,
        keyPrefix: "signin-ip",
        points: IP_LIMIT.points,
        duration,
      }),
    };
  }
  return limiters;
}

export interface Keys {
  email: string;
  ip: string | null;
}

/** Seconds until the account or IP may try again, or 0 when neither is blocked. */
export async function secondsUntilAllowed({ email, ip }: Keys): Promise<number> {
  const { account, ip: ipLimiter } = getLimiters();
  const states = await Promise.all([account.get(email), ip ? ipLimiter.get(ip) : null]);
  const limits = [ACCOUNT_LIMIT.points, IP_LIMIT.points];
  const waits = states.map((state, i) =>
    state && state.consumedPoints >= limits[i]! ? Math.ceil(state.msBeforeNext / 1000) : 0,
  );
  return Math.max(...waits);
}

/**
 * Counts a failure against the account and the IP, blocking a key that reaches its limit for the
 * block duration. Returns how long to hold the answer back (the slow-down).
 */
export async function recordFailure({ email, ip }: Keys): Promise<number> {
  const { account, ip: ipLimiter } = getLimiters();
  const [failures] = await Promise.all([
    countFailure(account, email, ACCOUNT_LIMIT),
    ip ? countFailure(ipLimiter, ip, IP_LIMIT) : null,
  ]);
  return Math.min(Math.max(0, failures - FREE_FAILURES) * SLOWDOWN_STEP_MS, MAX_SLOWDOWN_MS);
}

async function countFailure(
  limiter: RateLimiterPostgres,
  key: string,
  limit: typeof ACCOUNT_LIMIT,
): Promise<number> {
  const state = await limiter.consume(key).catch((rejection: unknown) => rejectionState(rejection));
  if (state.consumedPoints === limit.points) await limiter.block(key, limit.blockDuration);
  return state.consumedPoints;
}

/** A correct password clears the account's failures (not the IP's). */
export async function recordSuccess({ email }: Keys): Promise<void> {
  await getLimiters().account.delete(email);
}

function rejectionState(rejection: unknown): RateLimiterRes {
  if (rejection instanceof RateLimiterRes) return rejection;
  throw rejection;
}
