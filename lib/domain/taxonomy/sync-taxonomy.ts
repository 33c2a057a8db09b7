import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { capabilityTags, industryTags, type TagDefinition } from "@/lib/taxonomy";

/**
 * Adds the taxonomy's tags that the database lacks. Existing tags are left as they are:
 * slugs are stable and admins may have added tags of their own.
 */
export async function syncTaxonomy(client: PrismaClient): Promise<number> {
  const rows = (kind: "CAPABILITY" | "INDUSTRY", tags: readonly TagDefinition[]) =>
    tags.map((tag, position) => ({
      slug: tag.slug,
      kind,
      labelZh: tag.zh,
      labelEn: tag.en,
      position,
    }));
  const { count } = await client.tag.createMany({
    data: [...rows("CAPABILITY", capabilityTags), ...rows("INDUSTRY", industryTags)],
    skipDuplicates: true,
  });
  return count;
}
