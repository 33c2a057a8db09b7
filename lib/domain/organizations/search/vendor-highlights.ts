import "server-only";
import {
  highlight,
  highlightSnippet,
  matchesAnyTerm,
  type TextSegment,
} from "@/lib/search/highlight";
import type { QueryTerm } from "@/lib/search/search-query";
import { tagSearchLabels } from "@/lib/search/tag-search-labels";

export interface VendorHighlights {
  name: TextSegment[];
  /** Up to 120 characters of the description around its first match. */
  description: TextSegment[];
  /** The capability and industry slugs whose labels matched (to mark those tags). */
  tags: string[];
  /** Case studies whose title or summary matched, at most two, titles highlighted. */
  caseStudies: { id: string; title: TextSegment[] }[];
}

interface CaseStudyText {
  id: string;
  title: string;
  summary: string;
}

/** Which words of a search a vendor's card shows as matched. */
export function vendorHighlights(
  vendor: { name: string; description: string; capabilities: string[]; industries: string[] },
  caseStudies: CaseStudyText[],
  terms: QueryTerm[],
): VendorHighlights {
  return {
    name: highlight(vendor.name, terms),
    description: highlightSnippet(vendor.description, terms),
    tags: [...vendor.capabilities, ...vendor.industries].filter((slug) =>
      tagSearchLabels(slug).some((label) => matchesAnyTerm(label, terms)),
    ),
    caseStudies: caseStudies
      .filter((c) => matchesAnyTerm(`${c.title}\n${c.summary}`, terms))
      .slice(0, 2)
      .map((c) => ({ id: c.id, title: highlight(c.title, terms) })),
  };
}
