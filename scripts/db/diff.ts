// `npm run db:diff -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the
// SQL that takes the existing migrations to prisma/schema.prisma.
import path from "node:path";
import { describeError, diffMigrations, writeMigration } from "./schema-engine";

const SLUG = /^[a-z0-9]+(?:[_-][a-z0-9]+)*$/;

async function main() {
  const args = process.argv.slice(2);
  const name = args[0];
  if (args.length !== 1 || !name || !SLUG.test(name) || name.length > 80) {
    throw new Error(
      "usage: npm run db:diff -- <name>, where <name> is a slug such as add_user_locale " +
        "(lower-case letters, digits, single _ or - between them)",
    );
  }
  const databaseUrl = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
  if (!databaseUrl) {
    throw new Error(
      "DATABASE_URL (or MIGRATION_DATABASE_URL) is not set: the migrations are replayed on a " +
        "temporary database (mig_scratch_*) created on that server, so its user needs CREATEDB",
    );
  }
  const sql = await diffMigrations({ databaseUrl });
  if (!sql) {
    console.log("no changes");
    return;
  }
  const folder = await writeMigration(name, sql);
  console.log(`wrote ${path.relative(process.cwd(), path.join(folder, "migration.sql"))}`);
}

main().catch((error: unknown) => {
  console.error(`db:diff failed: ${describeError(error)}`);
  process.exit(1);
});
