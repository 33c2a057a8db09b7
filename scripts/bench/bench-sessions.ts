import { randomUUID } from "node:crypto";
import type pg from "pg";
import { sessionCookieOf } from "@/tests/helpers/session-cookie";

type Kind = "ENTERPRISE" | "VENDOR";

/**
 * The Cookie header of a signed-in owner of the first organization of `kind` in the bench data
 * (the generated data has organizations, no users): the user is made once, a session each run.
 */
export async function benchSession(pool: pg.Pool, kind: Kind): Promise<string> {
  const org = await pool.query<{ id: string }>(
    `SELECT id FROM "Organization" WHERE kind = $1 ORDER BY id LIMIT 1`,
    [kind],
  );
  const user = await pool.query<{ id: string }>(
    `INSERT INTO "User" (id, email, name, "emailVerifiedAt", "updatedAt")
     VALUES ($1, $2, 'Bench', now(), now())
     ON CONFLICT (email) DO UPDATE SET "updatedAt" = now() RETURNING id`,
    [randomUUID(), `bench-${kind.toLowerCase()}@zhipei.bench`],
  );
  const userId = user.rows[0]!.id;
  await pool.query(
    `INSERT INTO "Membership" (id, "userId", "orgId", role) VALUES ($1, $2, $3, 'OWNER')
     ON CONFLICT ("userId") DO NOTHING`,
    [randomUUID(), userId, org.rows[0]!.id],
  );
  return sessionCookieOf(userId);
}
