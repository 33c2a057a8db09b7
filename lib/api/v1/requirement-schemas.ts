import "server-only";
import { z } from "zod";
import {
  DeploymentMode,
  RequirementStatus,
  VerificationStatus,
  Visibility,
} from "@/lib/generated/prisma/enums";
import { described, instant, pageOf, tagSlug } from "./fields";

const organizationRef = z
  .object({
    id: z.string().meta(described("fields.organization.id")),
    name: z.string().meta(described("fields.organization.name")),
    nameEn: z.string().nullable().meta(described("fields.organization.nameEn")),
    verificationStatus: z
      .enum(VerificationStatus)
      .meta(described("fields.organization.verificationStatus")),
  })
  .meta({ id: "OrganizationRef", ...described("fields.organization.ref") });

const summaryShape = {
  id: z.string().meta(described("fields.requirement.id")),
  projectNumber: z
    .string()
    .nullable()
    .meta({ ...described("fields.requirement.projectNumber"), example: "ZP-2026-000123" }),
  title: z.string().meta(described("fields.requirement.title")),
  summary: z.string().meta(described("fields.requirement.summary")),
  industry: tagSlug().meta(described("fields.requirement.industry")),
  capabilities: z.array(tagSlug()).meta(described("fields.requirement.capabilities")),
  budgetMinCny: z.number().int().nullable().meta(described("fields.requirement.budgetMinCny")),
  budgetMaxCny: z.number().int().nullable().meta(described("fields.requirement.budgetMaxCny")),
  region: z.string().nullable().meta(described("fields.requirement.region")),
  deadline: instant().nullable().meta(described("fields.requirement.deadline")),
  status: z.enum(RequirementStatus).meta(described("fields.requirement.status")),
  visibility: z.enum(Visibility).meta(described("fields.requirement.visibility")),
  publishedAt: instant().nullable().meta(described("fields.requirement.publishedAt")),
};

export const requirementSummarySchema = z
  .object({ ...summaryShape, organization: organizationRef })
  .meta({ id: "RequirementSummary" });

export const requirementPageSchema = pageOf(requirementSummarySchema, "RequirementPage");

const criterion = z.object({
  name: z.string().meta(described("fields.criterion.name")),
  weight: z.number().int().meta(described("fields.criterion.weight")),
  description: z.string().nullable().meta(described("fields.criterion.description")),
});

const fullText = z
  .object({
    description: z.string().meta(described("fields.fullText.description")),
    background: z.string().nullable().meta(described("fields.fullText.background")),
    objectives: z.string().nullable().meta(described("fields.fullText.objectives")),
    deliverables: z.string().nullable().meta(described("fields.fullText.deliverables")),
    dataAvailable: z.string().nullable().meta(described("fields.fullText.dataAvailable")),
    qualifications: z.string().nullable().meta(described("fields.fullText.qualifications")),
  })
  .nullable()
  .meta(described("fields.requirement.fullText"));

const attachment = z.object({
  id: z.string().meta(described("fields.attachment.id")),
  originalName: z.string().meta(described("fields.attachment.originalName")),
  contentType: z.string().meta(described("fields.attachment.contentType")),
  sizeBytes: z.number().int().meta(described("fields.attachment.sizeBytes")),
  href: z.string().meta(described("fields.attachment.href")),
});

export const requirementDetailSchema = z
  .object({
    ...summaryShape,
    organization: organizationRef
      .extend({
        region: z.string().nullable().meta(described("fields.organization.region")),
        description: z.string().meta(described("fields.organization.description")),
      })
      .meta(described("fields.organization.ref")),
    questionDeadline: instant().nullable().meta(described("fields.requirement.questionDeadline")),
    deploymentMode: z
      .enum(DeploymentMode)
      .nullable()
      .meta(described("fields.requirement.deploymentMode")),
    domesticStackRequired: z.boolean().meta(described("fields.requirement.domesticStackRequired")),
    durationMonths: z
      .number()
      .int()
      .nullable()
      .meta(described("fields.requirement.durationMonths")),
    statusReason: z.string().nullable().meta(described("fields.requirement.statusReason")),
    criteria: z.array(criterion).meta(described("fields.requirement.criteria")),
    fullText,
    attachments: z.array(attachment).nullable().meta(described("fields.requirement.attachments")),
  })
  .meta({ id: "RequirementDetail" });
