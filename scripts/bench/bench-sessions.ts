import { randomUUID } from "node:crypto";
import type pg from "pg";
import { sessionCookieOf } from "@/tests/helpers/session-cookie";

type Kind = "ENTERPRISE" | "VENDOR";

/**
 * The Cookie header of a signed-in owner of the first organization of `kind` in the bench data
 * (the generated data has organizations, no users): the user is made once, a session each run,
 * and made that organization's active owner again each run (data generated anew keeps the user,
 * whose membership may then name another organization than the first one of its kind).
 */
export async function benchSession(pool: pg.Pool, kind: Kind): Promise<string> {
  const org = await pool.query<{ id: string }>(
    `SELECT id FROM "Organization" WHERE kind = $1 ORDER BY id LIMIT 1`,
    [kind],
  );
  const user = await pool.query<{ id: string }>(
    `INSERT INTO "User" (id, email, name, "emailVerifiedAt", "updatedAt")
     VALUES ($1, $2, 'Bench', now(), now())
     ON CONFLICT (email) DO UPDATE SET "updatedAt" = now(), status = 'ACTIVE' RETURNING id`,
    [randomUUID(), `bench-${kind.toLowerCase()}@zhipei.bench`],
  );
  const userId = user.rows[0]!.id;
  await pool.query(
    `INSERT INTO "Membership" (id, "userId", "orgId", role) VALUES ($1, $2, $3, 'OWNER')
     ON CONFLICT ("userId") DO UPDATE SET "orgId" = EXCLUDED."orgId", role = 'OWNER'`,
    [randomUUID(), userId, org.rows[0]!.id],
  );
  return sessionCookieOf(userId);
}
