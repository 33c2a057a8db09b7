import { capabilityTags, industryTags, type TagDefinition } from "@/lib/taxonomy";

const bySlug = new Map<string, TagDefinition>(
  [...capabilityTags, ...industryTags].map((tag) => [tag.slug, tag]),
);

/**
 * What a tag is searchable by: its Chinese and English labels and its slug, so that 负荷预测,
 * "load forecasting" and "time-series" all find `time-series-forecasting`. A tag the taxonomy
 * file does not know (added by an admin) is searchable by its slug.
 */
export function tagSearchLabels(slug: string): string[] {
  const tag = bySlug.get(slug);
  return tag ? [tag.zh, tag.en, slug] : [slug];
}
