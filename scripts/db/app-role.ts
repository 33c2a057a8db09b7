import pg from "pg";
import { QUEUE_SCHEMA } from "@/lib/jobs/queue";

// The app's role reads and writes rows and nothing else: no TRUNCATE, no DDL (it owns nothing),
// no UPDATE or DELETE of the audit log, no access to the migrations' own table. Granted again on
// every migration, so new tables and pg-boss's queue tables are covered, and what an older
// version granted is taken back.

const SCHEMAS = ["public", QUEUE_SCHEMA];

function roleOf(url: string): { name: string; password: string } {
  const { username, password } = new URL(url);
  if (!username) throw new Error("DATABASE_URL names no user: the app's role must be in the URL");
  return { name: decodeURIComponent(username), password: decodeURIComponent(password) };
}

/** Creates the app's login role when it is missing (the owner needs CREATEROLE for that). */
async function ensureRole(client: pg.Client, role: { name: string; password: string }) {
  const found = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role.name]);
  if (found.rowCount) return;
  const password = role.password ? ` PASSWORD ${client.escapeLiteral(role.password)}` : "";
  try {
    await client.query(`CREATE ROLE ${client.escapeIdentifier(role.name)} LOGIN${password}`);
  } catch (error) {
    const code = (error as { code?: string }).code;
    // Another process created it meanwhile.
    if (code === "42710" || code === "23505") return;
    if (code === "42501") {
      throw new Error(
        `role "${role.name}" (the user of DATABASE_URL) does not exist and the migration role may ` +
          `not create it: create it first (README, "Database roles")`,
      );
    }
    throw error;
  }
}

function grantStatements(client: pg.Client, role: string, database: string): string[] {
  const app = client.escapeIdentifier(role);
  const schemas = SCHEMAS.map((schema) => client.escapeIdentifier(schema)).join(", ");
  return [
    `REVOKE ALL ON ALL TABLES IN SCHEMA ${schemas} FROM ${app}`,
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${schemas} FROM ${app}`,
    `REVOKE CREATE ON SCHEMA public FROM PUBLIC, ${app}`,
    `GRANT CONNECT ON DATABASE ${client.escapeIdentifier(database)} TO ${app}`,
    `GRANT USAGE ON SCHEMA ${schemas} TO ${app}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schemas} TO ${app}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schemas} TO ${app}`,
    `REVOKE ALL ON "_prisma_migrations" FROM ${app}`,
    // Append-only, by privilege as well as by its triggers.
    `REVOKE UPDATE, DELETE ON "AuditEvent" FROM ${app}`,
  ];
}

/**
 * Gives the role of `appUrl` exactly the app's rights on the database of `ownerUrl`, creating
 * the role if needed. Nothing to do when both URLs name the same user (one role for everything).
 */
export async function grantAppRole(ownerUrl: string, appUrl: string): Promise<void> {
  const role = roleOf(appUrl);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ me: string; database: string }>(
      "SELECT current_user AS me, current_database() AS database",
    );
    const { me, database } = rows[0]!;
    if (me === role.name) return;
    await ensureRole(client, role);
    await client.query("BEGIN");
    for (const statement of grantStatements(client, role.name, database)) {
      await client.query(statement);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
