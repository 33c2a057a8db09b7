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
