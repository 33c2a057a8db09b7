import { z } from "zod";
import { RequirementStatus } from "@/lib/generated/prisma/enums";
import { isValidCreditCode } from "@/lib/validation/credit-code";

// The bulk import format of shared/spec/cli-and-import.md. Unknown fields are errors.

const key = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "must be a kebab-case key");
const slug = z.string().min(1);
const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const cny = z.number().int().min(0).max(2_000_000_000);

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
});

const criterion = z.strictObject({
  name: text(100),
  weight: z.number().int().min(1).max(100),
  description: text(1000).optional(),
});

export const importRequirementSchema = z
  .strictObject({
    key,
    org: key,
    title: text(200),
    summary: text(1000),
    description: z.string().max(50_000).default(""),
    background: z.string().max(20_000).optional(),
    objectives: z.string().max(20_000).optional(),
    deliverables: z.string().max(20_000).optional(),
    dataAvailable: z.string().max(20_000).optional(),
    industry: slug,
    capabilities: z.array(slug).min(1),
    budgetMinCny: cny.optional(),
    budgetMaxCny: cny.optional(),
    region: text(50).optional(),
    deadline: isoDate.optional(),
    questionDeadline: isoDate.optional(),
    deploymentMode: z.enum(["ON_PREMISES", "PRIVATE_CLOUD", "PUBLIC_CLOUD", "HYBRID"]).optional(),
    domesticStackRequired: z.boolean().default(false),
    durationMonths: z.number().int().min(1).max(120).optional(),
    qualifications: z.string().max(5000).optional(),
    contactName: text(100).optional(),
    contactPhone: text(30).optional(),
    contactEmail: z.email().optional(),
    expectedStartAt: z.iso
      .date()
      .transform((value) => new Date(`${value}T00:00:00Z`))
      .optional(),
    // When the requirement was created, submitted and published (default: at the import).
    createdAt: isoDate.optional(),
    submittedAt: isoDate.optional(),
    publishedAt: isoDate.optional(),
    visibility: z.enum(["PUBLIC", "INVITED"]).default("PUBLIC"),
    status: z.enum(RequirementStatus).default("DRAFT"),
    criteria: z.array(criterion).default([]),
  })
  .refine(
    (r) =>
      r.budgetMinCny === undefined ||
      r.budgetMaxCny === undefined ||
      r.budgetMinCny <= r.budgetMaxCny,
    { message: "budgetMinCny must not exceed budgetMaxCny", path: ["budgetMinCny"] },
  )
  .refine(
    (r) => r.criteria.length === 0 || r.criteria.reduce((sum, c) => sum + c.weight, 0) === 100,
    {
      message: "criteria weights must sum to 100",
      path: ["criteria"],
    },
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
