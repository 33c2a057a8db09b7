import { createDb } from "@/lib/db";
import { syncTaxonomy } from "@/lib/domain/taxonomy/sync-taxonomy";
import { migrateDatabase } from "./migrate";

/** Brings a database up to date: pending migrations, then the taxonomy's tags. */
export async function prepareDatabase(
  url: string,
): Promise<{ applied: string[]; tagsAdded: number }> {
  const applied = await migrateDatabase(url);
  const client = createDb(url);
  try {
    return { applied, tagsAdded: await syncTaxonomy(client) };
  } finally {
    await client.$disconnect();
  }
}
