import { requirementFormValues } from "@/lib/domain/requirements/authoring/requirement-form-values";

/**
 * The form of a new requirement: empty, public, with the author as contact person and typical
 * criteria (named by the caller, in the user's language) weighing 100, to adjust.
 */
export function newRequirementValues(
  contact: { name: string; email: string } | null,
  criteria: { technical: string; delivery: string; price: string },
) {
  return requirementFormValues({
    title: "",
    summary: "",
    description: "",
    background: null,
    objectives: null,
    deliverables: null,
    dataAvailable: null,
    deploymentMode: null,
    domesticStackRequired: false,
    industry: "",
    capabilities: [],
    budgetMinCny: null,
    budgetMaxCny: null,
    region: null,
    deadline: null,
    questionDeadline: null,
    expectedStartAt: null,
    durationMonths: null,
    visibility: "PUBLIC",
    qualifications: null,
    requiresVerifiedVendor: false,
    requiredCertifications: [],
    contactName: contact?.name ?? null,
    contactPhone: null,
    contactEmail: contact?.email ?? null,
    criteria: [
      { name: criteria.technical, description: null, weight: 50 },
      { name: criteria.delivery, description: null, weight: 30 },
      { name: criteria.price, description: null, weight: 20 },
    ],
  });
}
