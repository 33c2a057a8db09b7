import { createDb } from "@/lib/db";
import { syncTaxonomy } from "@/lib/domain/taxonomy/sync-taxonomy";
import { applyMigrations } from "./schema-engine";

/**
 * Brings a database up to date: pending migrations (as `prisma migrate deploy` would apply them),
 * then the taxonomy's tags that it lacks.
 */
export async function prepareDatabase(
  url: string,
): Promise<{ applied: string[]; tagsAdded: number }> {
  const applied = await applyMigrations(url);
  const client = createDb(url);
  try {
    return { applied, tagsAdded: await syncTaxonomy(client) };
  } finally {
    await client.$disconnect();
  }
}
