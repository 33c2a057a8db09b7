import "server-only";
import { z } from "zod";
import { VerificationStatus } from "@/lib/generated/prisma/enums";
import { calendarDate, described, pageOf, tagSlug } from "./fields";

const vendorShape = {
  id: z.string().meta(described("fields.vendor.id")),
  name: z.string().meta(described("fields.organization.name")),
  nameEn: z.string().nullable().meta(described("fields.organization.nameEn")),
  region: z.string().nullable().meta(described("fields.organization.region")),
  description: z.string().meta(described("fields.organization.description")),
  capabilities: z.array(tagSlug()).meta(described("fields.vendor.capabilities")),
  industries: z.array(tagSlug()).meta(described("fields.vendor.industries")),
  logoUrl: z.string().nullable().meta(described("fields.vendor.logoUrl")),
  verificationStatus: z
    .enum(VerificationStatus)
    .meta(described("fields.organization.verificationStatus")),
};

export const vendorCardSchema = z
  .object({
    ...vendorShape,
    caseStudyCount: z.number().int().meta(described("fields.vendor.caseStudyCount")),
  })
  .meta({ id: "VendorCard" });

export const vendorPageSchema = pageOf(vendorCardSchema, "VendorPage");

const caseStudy = z.object({
  id: z.string().meta(described("fields.caseStudy.id")),
  title: z.string().meta(described("fields.caseStudy.title")),
  industry: tagSlug().meta(described("fields.caseStudy.industry")),
  capabilities: z.array(tagSlug()).meta(described("fields.caseStudy.capabilities")),
  year: z.number().int().meta(described("fields.caseStudy.year")),
  summary: z.string().meta(described("fields.caseStudy.summary")),
  clientName: z.string().nullable().meta(described("fields.caseStudy.clientName")),
});

const certification = z.object({
  id: z.string().meta(described("fields.certification.id")),
  name: z.string().meta(described("fields.certification.name")),
  issuer: z.string().nullable().meta(described("fields.certification.issuer")),
  validUntil: calendarDate().nullable().meta(described("fields.certification.validUntil")),
});

export const vendorProfileSchema = z
  .object({
    ...vendorShape,
    website: z.string().nullable().meta(described("fields.vendor.website")),
    caseStudies: z.array(caseStudy).meta(described("fields.vendor.caseStudies")),
    certifications: z.array(certification).meta(described("fields.vendor.certifications")),
  })
  .meta({ id: "VendorProfile" });
