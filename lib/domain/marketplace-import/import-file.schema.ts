import { z } from "zod";
import { RequirementStatus } from "@/lib/generated/prisma/enums";
import { isValidCreditCode } from "@/lib/validation/credit-code";
import { strictCriteriaSchema } from "@/lib/domain/requirements/authoring/criteria.schema";
import {
  requirementFieldsShape,
  withRequirementRules,
} from "@/lib/domain/requirements/authoring/requirement-fields.schema";

// The bulk import format of shared/spec/cli-and-import.md (which sets no field limits). Unknown
// fields are errors.

const key = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "must be a kebab-case key");
const slug = z.string().min(1);
const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

const caseStudy = z.strictObject({
  title: text(200),
  industry: slug,
  capabilities: z.array(slug).default([]),
  summary: text(2000),
  year: z.number().int().min(1990).max(2100),
  clientName: text(200).optional(),
});

export const importOrganizationSchema = z.strictObject({
  key,
  kind: z.enum(["ENTERPRISE", "VENDOR"]),
  name: text(200),
  nameEn: text(200).optional(),
  creditCode: z
    .string()
    .refine(isValidCreditCode, "is not a valid unified social credit code (GB 32100-2015)")
    .optional(),
  region: text(50).optional(),
  industries: z.array(slug).default([]),
  description: z.string().max(5000).default(""),
  website: z.url().optional(),
  capabilities: z.array(slug).default([]),
  cases: z.array(caseStudy).default([]),
  certifications: z.array(text(200)).default([]),
  verified: z.boolean().default(false),
  /** Vendors: 信创, their solutions run on the domestic technology stack. */
  domesticStack: z.boolean().default(false),
});

const editor = requirementFieldsShape;

/**
 * A requirement of the file: the editor's fields with the editor's limits (what the import takes,
 * the editor can save again), with the file's own keys and status and its instants as ISO 8601
 * with an offset. Criteria may be left out; when given, they follow the editor's rules.
 */
export const importRequirementSchema = withRequirementRules(
  z.strictObject({
    key,
    org: key,
    title: editor.title,
    summary: editor.summary,
    description: editor.description,
    background: editor.background,
    objectives: editor.objectives,
    deliverables: editor.deliverables,
    dataAvailable: editor.dataAvailable,
    industry: editor.industry,
    capabilities: editor.capabilities,
    budgetMinCny: editor.budgetMinCny,
    budgetMaxCny: editor.budgetMaxCny,
    region: editor.region,
    deadline: isoDate.optional(),
    questionDeadline: isoDate.optional(),
    deploymentMode: editor.deploymentMode,
    domesticStackRequired: editor.domesticStackRequired,
    durationMonths: editor.durationMonths,
    qualifications: editor.qualifications,
    requiresVerifiedVendor: editor.requiresVerifiedVendor,
    requiredCertifications: editor.requiredCertifications,
    contactName: editor.contactName,
    contactPhone: editor.contactPhone,
    contactEmail: editor.contactEmail,
    expectedStartAt: z.iso
      .date()
      .transform((value) => new Date(`${value}T00:00:00Z`))
      .optional(),
    // When the requirement was created, submitted and published (default: at the import).
    createdAt: isoDate.optional(),
    submittedAt: isoDate.optional(),
    publishedAt: isoDate.optional(),
    visibility: editor.visibility,
    status: z.enum(RequirementStatus).default("DRAFT"),
    criteria: strictCriteriaSchema.optional(),
  }),
)
  // Created, submitted, published, questions close, proposals close: in this order.
  .superRefine((r, ctx) => {
    const problem = historyOutOfOrder(r);
    if (problem) ctx.addIssue({ code: "custom", message: problem.message, path: [problem.field] });
  });

const HISTORY = [
  "createdAt",
  "submittedAt",
  "publishedAt",
  "questionDeadline",
  "deadline",
] as const;

/** The first of the given history dates that comes before an earlier step's, if any. */
function historyOutOfOrder(r: Partial<Record<(typeof HISTORY)[number], Date>>) {
  let previous: { field: string; at: Date } | null = null;
  for (const field of HISTORY) {
    const at = r[field];
    if (!at) continue;
    if (previous && at < previous.at) {
      return { field, message: `${field} must not be before ${previous.field}` };
    }
    previous = { field, at };
  }
  return null;
}

export const importFileSchema = z.strictObject({
  organizations: z.array(importOrganizationSchema).default([]),
  requirements: z.array(importRequirementSchema).default([]),
});

export type ImportFile = z.infer<typeof importFileSchema>;
export type ImportOrganization = z.infer<typeof importOrganizationSchema>;
export type ImportRequirement = z.infer<typeof importRequirementSchema>;
