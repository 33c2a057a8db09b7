// `npm run db:migrate`: applies pending migrations in prisma/migrations to DATABASE_URL.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { applyMigrations, describeError } from "./schema-engine";

/** Applies pending migrations, as `prisma migrate deploy` would; returns the names applied. */
export function migrateDatabase(databaseUrl: string): Promise<string[]> {
  return applyMigrations(databaseUrl);
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const applied = await migrateDatabase(url);
  console.log(
    applied.length === 0
      ? "No pending migrations."
      : `Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join("\n")}`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`db:migrate failed: ${describeError(error)}`);
    process.exit(1);
  });
}
