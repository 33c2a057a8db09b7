// `npm run db:migrate`: applies pending migrations in prisma/migrations to DATABASE_URL and adds
// the taxonomy's missing tags, and indexes rows for search that have no search vector yet.
import { describeError } from "./schema-engine";
import { prepareDatabase } from "./prepare-database";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const { applied, tagsAdded, searchIndexed } = await prepareDatabase(url);
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
