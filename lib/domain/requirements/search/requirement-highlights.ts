import "server-only";
import {
  highlight,
  highlightSnippet,
  matchesAnyTerm,
  type TextSegment,
} from "@/lib/search/highlight";
import type { QueryTerm } from "@/lib/search/search-query";
import { tagSearchLabels } from "@/lib/search/tag-search-labels";

export interface RequirementHighlights {
  title: TextSegment[];
  /** Up to 120 characters of the summary around its first match. */
  summary: TextSegment[];
  /** The industry and capability slugs whose labels matched (to mark those tags). */
  tags: string[];
}

/** Which words of a search a requirement's card shows as matched. */
export function requirementHighlights(
  row: { title: string; summary: string; industry: string; capabilities: string[] },
  terms: QueryTerm[],
): RequirementHighlights {
  return {
    title: highlight(row.title, terms),
    summary: highlightSnippet(row.summary, terms),
    tags: [row.industry, ...row.capabilities].filter((slug) =>
      tagSearchLabels(slug).some((label) => matchesAnyTerm(label, terms)),
    ),
  };
}
