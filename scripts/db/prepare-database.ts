import { createDb } from "@/lib/db";
import { syncTaxonomy } from "@/lib/domain/taxonomy/sync-taxonomy";
import { backfillSearchIndex } from "./backfill-search-index";
import { applyMigrations } from "./schema-engine";

/**
 * Brings a database up to date: pending migrations (as `prisma migrate deploy` would apply them),
 * then the taxonomy's tags that it lacks, then the search index of rows that have none.
 */
export async function prepareDatabase(
  url: string,
): Promise<{ applied: string[]; tagsAdded: number; searchIndexed: number }> {
  const applied = await applyMigrations(url);
  const client = createDb(url);
  try {
    const tagsAdded = await syncTaxonomy(client);
    return { applied, tagsAdded, searchIndexed: await backfillSearchIndex(client) };
  } finally {
    await client.$disconnect();
  }
}
