import type { TagDefinition } from "@/lib/taxonomy";

/** How the capability checkboxes are grouped on the profile forms (24 are too many for one list). */
const CAPABILITY_GROUPS: { key: string; slugs: string[] }[] = [
  {
    key: "language",
    slugs: [
      "llm",
      "multimodal-llm",
      "nlp",
      "knowledge-graph",
      "intelligent-customer-service",
      "model-evaluation",
    ],
  },
  {
    key: "perception",
    slugs: ["computer-vision", "ocr-document", "speech", "robotics", "drone-inspection"],
  },
  {
    key: "decision",
    slugs: [
      "time-series-forecasting",
      "anomaly-detection",
      "predictive-maintenance",
      "optimization",
      "weather-forecasting",
      "reinforcement-learning",
      "recommendation",
    ],
  },
  {
    key: "platform",
    slugs: ["data-governance", "data-analytics", "digital-twin", "edge-ai", "ai-security", "rpa"],
  },
];

export interface TagGroup {
  /** A key of `profile.capabilityGroups`, or null for an unlabelled single group. */
  key: string | null;
  tags: TagDefinition[];
}

/** The tags in their groups; any tag no group names (a newly added one) goes to "other". */
export function groupCapabilities(tags: readonly TagDefinition[]): TagGroup[] {
  const bySlug = new Map(tags.map((tag) => [tag.slug, tag]));
  const grouped = new Set(CAPABILITY_GROUPS.flatMap((group) => group.slugs));
  const groups: TagGroup[] = CAPABILITY_GROUPS.map((group) => ({
    key: group.key,
    tags: group.slugs.flatMap((slug) => bySlug.get(slug) ?? []),
  }));
  const other = tags.filter((tag) => !grouped.has(tag.slug));
  if (other.length > 0) groups.push({ key: "other", tags: other });
  return groups.filter((group) => group.tags.length > 0);
}
