// `npm run db:migrate`: as the schema's owner (MIGRATION_DATABASE_URL, else DATABASE_URL),
// applies pending migrations in prisma/migrations, installs the job queue's schema, adds the
// taxonomy's missing tags, indexes rows for search that have no search vector yet, and grants
// the app's role (the user of DATABASE_URL) its rights.
import { databaseUrls } from "./database-urls";
import { describeError } from "./schema-engine";
import { prepareDatabase } from "./prepare-database";

async function main() {
  const { ownerUrl, appUrl } = databaseUrls();
  const { applied, tagsAdded, searchIndexed } = await prepareDatabase(ownerUrl, { appUrl });
  console.log(
    applied.length === 0
      ? "No pending migrations."
      : `Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join("\n")}`,
  );
  if (tagsAdded > 0) console.log(`Added ${tagsAdded} taxonomy tag(s).`);
  if (searchIndexed > 0) console.log(`Indexed ${searchIndexed} row(s) for search.`);
}

main().catch((error: unknown) => {
  console.error(`db:migrate failed: ${describeError(error)}`);
  process.exit(1);
});
