import "server-only";
import { db } from "@/lib/db";
import { requireKnownTags, type TagCheck } from "@/lib/domain/organizations/require-known-tags";
import { isTaxonomyTag } from "@/lib/taxonomy";

// The taxonomy's own tags are known without asking the database: prepareDatabase adds every
// one of them (syncTaxonomy) and nothing removes a tag.
const beyondTaxonomy = (check: TagCheck): TagCheck => ({
  ...check,
  slugs: check.slugs.filter((slug) => !isTaxonomyTag(check.kind, slug)),
});

/**
 * A search's tag filters name tags of the taxonomy: an unknown slug (a typo, a made-up tag) is
 * refused on its parameter rather than answered with an empty list that looks like "no match".
 * Only slugs the taxonomy lacks are looked up (a search asks this on every page).
 */
export function requireKnownFilterTags(filters: {
  industry: string[];
  capability: string[];
}): Promise<void> {
  const checks: TagCheck[] = [
    { field: "industry", kind: "INDUSTRY", slugs: filters.industry },
    { field: "capability", kind: "CAPABILITY", slugs: filters.capability },
  ];
  return requireKnownTags(db, checks.map(beyondTaxonomy));
}
