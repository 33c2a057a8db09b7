import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createCast } from "./actors";
import { createRequirement } from "./factories";

/** Everyone the bidding issue's authorization tables cover. */
export type BiddingRole =
  | "visitor"
  | "vendorMember"
  | "vendorOwner"
  | "otherVendor"
  | "enterpriseOwner"
  | "enterpriseMember"
  | "otherEnterprise"
  | "admin";

export const BIDDING_ROLES: BiddingRole[] = [
  "visitor",
  "vendorMember",
  "vendorOwner",
  "otherVendor",
  "enterpriseOwner",
  "enterpriseMember",
  "otherEnterprise",
  "admin",
];

/**
 * A published PUBLIC requirement of an enterprise (its owner and a member, and another
 * enterprise's owner), a vendor (owner and member), another vendor and an admin.
 */
export async function createBiddingCast(requirement: Parameters<typeof createRequirement>[0] = {}) {
  const vendors = await createCast("VENDOR");
  const enterprises = await createCast("ENTERPRISE");
  const published = await createRequirement({ orgId: enterprises.org.id, ...requirement });
  const actors: Record<BiddingRole, Actor> = {
    visitor: vendors.roles.visitor,
    vendorMember: vendors.roles.member,
    vendorOwner: vendors.roles.owner,
    otherVendor: vendors.roles.otherOwner,
    enterpriseOwner: enterprises.roles.owner,
    enterpriseMember: enterprises.roles.member,
    otherEnterprise: enterprises.roles.otherOwner,
    admin: vendors.roles.admin,
  };
  return {
    actors,
    requirement: published,
    vendor: vendors.org,
    otherVendor: vendors.otherOrg,
    enterprise: enterprises.org,
  };
}

/** A proposal of `vendorOrgId` with one submitted version (the proposals issue's rows). */
export function submittedProposal(requirementId: string, vendorOrgId: string) {
  return db.proposal.create({
    data: {
      requirementId,
      vendorOrgId,
      status: "SUBMITTED",
      currentVersion: 1,
      submittedAt: new Date(),
      versions: {
        create: { version: 1, priceCny: 1_000_000, summary: "方案摘要", approach: "## 技术路线" },
      },
    },
  });
}
