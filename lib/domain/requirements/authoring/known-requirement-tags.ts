import "server-only";
import { db } from "@/lib/db";
import { requireKnownTags } from "@/lib/domain/organizations/require-known-tags";
import type { RequirementFieldsData } from "./requirement-fields.schema";

/** The industry and capabilities are tags of the taxonomy (admins may add tags, so: the table). */
export function requireKnownRequirementTags(data: RequirementFieldsData): Promise<void> {
  return requireKnownTags(db, [
    { field: "industry", kind: "INDUSTRY", slugs: [data.industry] },
    { field: "capabilities", kind: "CAPABILITY", slugs: data.capabilities },
  ]);
}
