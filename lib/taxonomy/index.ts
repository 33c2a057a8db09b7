import taxonomy from "./taxonomy.json";
import type { Locale } from "@/lib/i18n/config";

/** A copy of shared/spec/taxonomy.json (a test keeps the two equal). */
export interface TagDefinition {
  slug: string;
  zh: string;
  en: string;
}

export const capabilityTags: readonly TagDefinition[] = taxonomy.capabilities;
export const industryTags: readonly TagDefinition[] = taxonomy.industries;
export const regions: readonly string[] = taxonomy.regions;

const bySlug = new Map([...capabilityTags, ...industryTags].map((tag) => [tag.slug, tag]));

/** The tag's label in the locale; an unknown slug (e.g. an admin-added tag) shows as itself. */
export function tagLabel(slug: string, locale: Locale): string {
  const tag = bySlug.get(slug);
  if (!tag) return slug;
  return locale === "en" ? tag.en : tag.zh;
}

const slugsOf = (tags: readonly TagDefinition[]) => new Set(tags.map((tag) => tag.slug));
const taxonomySlugs = { CAPABILITY: slugsOf(capabilityTags), INDUSTRY: slugsOf(industryTags) };

/** Whether the slug is one of the taxonomy file's tags of that kind. */
export function isTaxonomyTag(kind: "CAPABILITY" | "INDUSTRY", slug: string): boolean {
  return taxonomySlugs[kind].has(slug);
}
