import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { isEditable } from "@/lib/domain/requirements/authoring/draft-rules";

/** The dashboard, filtered to a status and on a page; `submitted` shows the "submitted" notice. */
export function dashboardHref({
  status,
  page,
  submitted,
}: { status?: RequirementStatus | null; page?: number; submitted?: boolean } = {}): string {
  const query = new URLSearchParams();
  if (status) query.set("status", status);
  if (page && page > 1) query.set("page", String(page));
  if (submitted) query.set("submitted", "1");
  const text = query.toString();
  return text ? `/dashboard?${text}` : "/dashboard";
}

export const newRequirementHref = "/dashboard/requirements/new";

export const editorHref = (requirementId: string) =>
  `/dashboard/requirements/${encodeURIComponent(requirementId)}/edit`;

/** Drafts open in the editor; from submission on, the requirement's own page. */
export const requirementHref = (requirement: { id: string; status: RequirementStatus }) =>
  isEditable(requirement.status)
    ? editorHref(requirement.id)
    : `/requirements/${encodeURIComponent(requirement.id)}`;
