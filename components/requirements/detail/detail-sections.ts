import type { RequirementDetail } from "@/lib/domain/requirements/get-requirement";

/** The enterprise's long texts, in the order a vendor reads them: why, what, to what end, what is delivered, with what. */
export const NARRATIVE_SECTIONS = [
  "background",
  "description",
  "objectives",
  "deliverables",
  "dataAvailable",
] as const;

export type SectionId =
  | "award"
  | "summary"
  | (typeof NARRATIVE_SECTIONS)[number]
  | "technical"
  | "qualifications"
  | "criteria"
  | "schedule"
  | "attachments"
  | "contact";

const written = (text: string | null | undefined) => Boolean(text?.trim());

/**
 * The sections of the requirement page for this reader, top to bottom as a tender notice reads:
 * the result once awarded, the overview, the enterprise's texts, what the solution must meet and
 * how it is judged, when things happen, the files, and whom to ask. Empty texts are left out.
 * Each id is also the section's heading id (the page's table of contents links to it) and the
 * key of its title in the `requirement` messages.
 */
export function shownSections(r: RequirementDetail): SectionId[] {
  const text = r.fullText;
  const sections: (SectionId | false)[] = [
    r.award !== null && "award",
    "summary",
    ...NARRATIVE_SECTIONS.filter((name) => written(text?.[name])),
    "technical",
    written(text?.qualifications) && "qualifications",
    r.criteria.length > 0 && "criteria",
    "schedule",
    "attachments",
    (r.contact !== null || r.contactWithheld) && "contact",
  ];
  return sections.filter((section): section is SectionId => section !== false);
}
