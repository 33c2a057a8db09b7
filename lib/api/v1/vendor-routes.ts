import "server-only";
import { z } from "zod";
import { notFound } from "@/lib/domain/errors";
import type { VendorCard } from "@/lib/domain/organizations/vendor-card";
import {
  getOrganizationProfile,
  type OrganizationProfile,
} from "@/lib/domain/organizations/get-organization-profile";
import { defineRoute } from "../define-route";
import { idParam, isoDateOrNull } from "./fields";
import { vendorCardSchema, vendorPageSchema, vendorProfileSchema } from "./vendor-schemas";
import { VENDOR_SORTS } from "@/lib/domain/organizations/search/search-vendors.schema";
import {
  choiceQueryParam,
  flagQueryParam,
  listQueryParam,
  pageQueryParams,
  textQueryParam,
} from "./search-query-params";
import { vendorList } from "./sources";

function logoUrl(vendor: { id: string; logoFileId: string | null }): string | null {
  return vendor.logoFileId ? `/files/logos/${vendor.id}?v=${vendor.logoFileId}` : null;
}

function cardOut(vendor: VendorCard): z.input<typeof vendorCardSchema> {
  const { logoFileId, ...fields } = vendor;
  return { ...fields, logoUrl: logoUrl({ id: vendor.id, logoFileId }) };
}

function profileOut(profile: OrganizationProfile): z.input<typeof vendorProfileSchema> {
  return {
    id: profile.id,
    name: profile.name,
    nameEn: profile.nameEn,
    region: profile.region,
    description: profile.description,
    capabilities: profile.capabilities,
    industries: profile.industries,
    logoUrl: logoUrl(profile),
    verificationStatus: profile.verificationStatus,
    website: profile.website,
    caseStudies: profile.caseStudies,
    certifications: profile.certifications.map((c) => ({
      ...c,
      validUntil: isoDateOrNull(c.validUntil),
    })),
  };
}

export const listVendorsRoute = defineRoute({
  method: "get",
  path: "/api/v1/vendors",
  operationId: "listVendors",
  tag: "vendors",
  summary: "@apiDocs.operations.listVendors.summary",
  description: "@apiDocs.operations.listVendors.description",
  query: z.object({
    q: textQueryParam("params.vendorQ"),
    capability: listQueryParam("params.capability"),
    industry: listQueryParam("params.industry"),
    region: listQueryParam("params.region"),
    verified: flagQueryParam("params.verified"),
    sort: choiceQueryParam(VENDOR_SORTS, "params.vendorSort"),
    ...pageQueryParams(),
  }),
  response: vendorPageSchema,
  problems: ["VALIDATION"],
  async run({ actor, query }) {
    const page = await vendorList(actor, query);
    return {
      items: page.items.map(cardOut),
      total: page.total,
      nextCursor: page.nextCursor,
    };
  },
});

export const getVendorRoute = defineRoute({
  method: "get",
  path: "/api/v1/vendors/{id}",
  operationId: "getVendor",
  tag: "vendors",
  summary: "@apiDocs.operations.getVendor.summary",
  description: "@apiDocs.operations.getVendor.description",
  params: idParam("params.vendorId"),
  response: vendorProfileSchema,
  problems: ["NOT_FOUND"],
  async run({ actor, params }) {
    const profile = await getOrganizationProfile(actor, params.id);
    // The profile use case serves enterprises too; this endpoint is the vendor directory's.
    if (profile.kind !== "VENDOR") throw notFound("Vendor");
    return profileOut(profile);
  },
});
