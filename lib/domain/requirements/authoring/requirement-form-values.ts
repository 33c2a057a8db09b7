import "server-only";
import { formatCalendarDate } from "@/lib/format/calendar-date";
import { utcToShanghaiLocal } from "@/lib/format/shanghai-time";
import type { CriterionValues, RequirementColumns } from "./requirement-record";

const text = (value: string | number | null) => (value === null ? "" : String(value));

/**
 * A stored requirement as the editor's inputs hold it (the form's default values): text
 * everywhere, instants as Shanghai datetime-local values, a ticked checkbox as "on". Posting these
 * back unchanged parses to the same requirement.
 */
export function requirementFormValues(
  requirement: RequirementColumns & { criteria: CriterionValues[] },
) {
  const { deadline, questionDeadline, expectedStartAt, criteria, capabilities, ...rest } =
    requirement;
  return {
    title: rest.title,
    summary: rest.summary,
    description: rest.description,
    background: text(rest.background),
    objectives: text(rest.objectives),
    deliverables: text(rest.deliverables),
    dataAvailable: text(rest.dataAvailable),
    deploymentMode: text(rest.deploymentMode),
    domesticStackRequired: rest.domesticStackRequired ? "on" : "",
    industry: rest.industry,
    capabilities,
    budgetMinCny: text(rest.budgetMinCny),
    budgetMaxCny: text(rest.budgetMaxCny),
    region: text(rest.region),
    deadline: deadline ? utcToShanghaiLocal(deadline) : "",
    questionDeadline: questionDeadline ? utcToShanghaiLocal(questionDeadline) : "",
    expectedStartAt: expectedStartAt ? formatCalendarDate(expectedStartAt) : "",
    durationMonths: text(rest.durationMonths),
    visibility: rest.visibility,
    qualifications: text(rest.qualifications),
    requiresVerifiedVendor: rest.requiresVerifiedVendor ? "on" : "",
    requiredCertifications: rest.requiredCertifications.join("\n"),
    contactName: text(rest.contactName),
    contactPhone: text(rest.contactPhone),
    contactEmail: text(rest.contactEmail),
    criteria: criteria.map((criterion) => ({
      name: criterion.name,
      description: text(criterion.description),
      weight: String(criterion.weight),
    })),
  };
}

export type RequirementFormValues = ReturnType<typeof requirementFormValues>;
