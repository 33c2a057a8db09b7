import { z } from "zod";
import { DeploymentMode, Visibility } from "@/lib/generated/prisma/enums";
import { tagSlug, tagSlugs } from "@/lib/domain/organizations/tag-slugs.schema";
import { regions } from "@/lib/taxonomy";
import { calendarDate, shanghaiDateTime, wholeNumber } from "@/lib/validation/typed-fields";
import { emailAddress, errorKey, optionalText, requiredText } from "@/lib/validation/fields";
import { criteriaSchema } from "./criteria.schema";

/** Limits the form shows (maxLength, hints) and the schema enforces. */
export const REQUIREMENT_LIMITS = {
  title: 120,
  summary: 500,
  longText: 20_000,
  capabilities: { min: 1, max: 8 },
  budgetCny: 2_000_000_000,
  durationMonths: 120,
  certifications: 10,
} as const;

const { capabilities: capabilityCount } = REQUIREMENT_LIMITS;
const longText = () => optionalText(REQUIREMENT_LIMITS.longText);
const PHONE = /^\+?\d[\d\s()-]{4,24}(?:\s*(?:转|ext\.?|x)\s*\d{1,6})?$/i;

/** Certifications a vendor must hold, one per line (or separated by commas), as their names. */
const certificationNames = () =>
  z
    .preprocess(
      (value) =>
        typeof value === "string"
          ? value
              .split(/[\n,，、;；]/)
              .map((name) => name.trim())
              .filter(Boolean)
          : (value ?? []),
      z
        .array(requiredText(100))
        .max(REQUIREMENT_LIMITS.certifications, errorKey("tooManyItems"))
        .transform((names) => [...new Set(names)]),
    )
    .optional();

/** The fields an enterprise edits, as the form and the API send them (Conform coerces text). */
export const requirementFieldsShape = {
  title: requiredText(REQUIREMENT_LIMITS.title),
  summary: requiredText(REQUIREMENT_LIMITS.summary),
  description: longText(),
  background: longText(),
  objectives: longText(),
  deliverables: longText(),
  dataAvailable: longText(),
  deploymentMode: z.enum(DeploymentMode, { error: errorKey("choose") }).optional(),
  domesticStackRequired: z.boolean().default(false),
  industry: tagSlug(),
  capabilities: tagSlugs().pipe(
    z
      .array(z.string())
      .min(capabilityCount.min, errorKey("chooseBetween", capabilityCount))
      .max(capabilityCount.max, errorKey("chooseBetween", capabilityCount)),
  ),
  budgetMinCny: wholeNumber(0, REQUIREMENT_LIMITS.budgetCny).optional(),
  budgetMaxCny: wholeNumber(0, REQUIREMENT_LIMITS.budgetCny).optional(),
  region: optionalText(20).refine(
    (region) => region === undefined || regions.includes(region),
    errorKey("choose"),
  ),
  deadline: shanghaiDateTime(),
  questionDeadline: shanghaiDateTime(),
  expectedStartAt: calendarDate(),
  durationMonths: wholeNumber(1, REQUIREMENT_LIMITS.durationMonths).optional(),
  visibility: z.enum(Visibility, { error: errorKey("choose") }).default("PUBLIC"),
  qualifications: longText(),
  requiresVerifiedVendor: z.boolean().default(false),
  requiredCertifications: certificationNames(),
  criteria: criteriaSchema,
  contactName: optionalText(50),
  contactPhone: optionalText(30).refine(
    (phone) => phone === undefined || PHONE.test(phone),
    errorKey("phone"),
  ),
  contactEmail: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    emailAddress().optional(),
  ),
};

/** The fields the cross-field rules compare. */
type ComparedFields = Pick<
  z.output<z.ZodObject<typeof requirementFieldsShape>>,
  "budgetMinCny" | "budgetMaxCny" | "deadline" | "questionDeadline"
>;

/** Runs a cross-field check only once the fields it compares are valid on their own. */
const whenValid =
  (...fields: (keyof ComparedFields)[]) =>
  (payload: z.core.ParsePayload) =>
    payload.issues.every((issue) => !fields.includes(issue.path?.[0] as keyof ComparedFields));

/**
 * The rules that compare fields; applied to every schema built on `requirementFieldsShape` (the
 * editor's, the API's, the import file's).
 */
export function withRequirementRules<T extends z.ZodType<ComparedFields>>(schema: T) {
  return schema
    .refine(
      (r) =>
        r.budgetMinCny === undefined ||
        r.budgetMaxCny === undefined ||
        r.budgetMinCny <= r.budgetMaxCny,
      {
        message: errorKey("budgetOrder"),
        path: ["budgetMaxCny"],
        when: whenValid("budgetMinCny", "budgetMaxCny"),
      },
    )
    .refine((r) => !r.questionDeadline || !r.deadline || r.questionDeadline <= r.deadline, {
      message: errorKey("questionAfterDeadline"),
      path: ["questionDeadline"],
      when: whenValid("questionDeadline", "deadline"),
    });
}

/** Creating a draft: every editable field. */
export const requirementFieldsSchema = withRequirementRules(z.object(requirementFieldsShape));

export type RequirementFieldsInput = z.input<typeof requirementFieldsSchema>;
export type RequirementFieldsData = z.output<typeof requirementFieldsSchema>;
