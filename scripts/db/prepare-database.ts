import { createDb } from "@/lib/db";
import { syncTaxonomy } from "@/lib/domain/taxonomy/sync-taxonomy";
import { grantAppRole } from "./app-role";
import { backfillSearchIndex } from "./backfill-search-index";
import { installJobQueue } from "./install-job-queue";
import { applyMigrations } from "./schema-engine";

/**
 * Brings a database up to date, as the role that owns the schema (`ownerUrl`): pending migrations
 * (as `prisma migrate deploy` would apply them), pg-boss's schema and queues, the taxonomy's tags
 * that it lacks, the search index of rows that have none, and, with `appUrl`, the rights of the
 * app's role (created if missing).
 */
export async function prepareDatabase(
  ownerUrl: string,
  options: { appUrl?: string } = {},
): Promise<{ applied: string[]; tagsAdded: number; searchIndexed: number }> {
  const applied = await applyMigrations(ownerUrl);
  await installJobQueue(ownerUrl);
  const client = createDb(ownerUrl);
  try {
    const tagsAdded = await syncTaxonomy(client);
    const searchIndexed = await backfillSearchIndex(client);
    if (options.appUrl) await grantAppRole(ownerUrl, options.appUrl);
    return { applied, tagsAdded, searchIndexed };
  } finally {
    await client.$disconnect();
  }
}
