import type { Actor } from "@/lib/auth/actor";
import type { ProposalDraftInput } from "@/lib/domain/proposals/proposal-content.schema";
import { db } from "@/lib/db";
import { createCast, createUser } from "./actors";
import { createCriteria, createOrganization, createRequirement } from "./factories";

/** A vendor organization with an owner and a member. */
export async function createVendor(overrides: Parameters<typeof createOrganization>[0] = {}) {
  const org = await createOrganization({ kind: "VENDOR", ...overrides });
  const owner = await createUser({ orgId: org.id, role: "OWNER" });
  const member = await createUser({ orgId: org.id, role: "MEMBER" });
  return { org, owner: owner.actor, member: member.actor };
}

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
 * A published requirement with two criteria and two stated qualifications; its enterprise
 * (owner, member) and another enterprise's owner; a vendor to bid on it (owner, member) and
 * another vendor's owner; an admin. `actors` names each of them by their BiddingRole.
 */
export async function createBiddingScene(
  requirement: Parameters<typeof createRequirement>[0] = {},
) {
  const vendors = await createCast("VENDOR");
  const enterprises = await createCast("ENTERPRISE");
  const created = await createRequirement({
    orgId: enterprises.org.id,
    qualifications: "- 具备电力行业项目经验\n- 提供本地化部署",
    ...requirement,
  });
  await createCriteria(created.id, [60, 40]);
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
    requirement: created,
    actors,
    vendor: { org: vendors.org, owner: actors.vendorOwner, member: actors.vendorMember },
    otherVendor: { org: vendors.otherOrg, owner: actors.otherVendor },
    enterprise: {
      org: enterprises.org,
      owner: actors.enterpriseOwner,
      member: actors.enterpriseMember,
    },
  };
}

/** A proposal of `vendorOrgId` with one submitted version, written directly (no use case). */
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

/** A whole proposal for `requirementId`: every criterion answered, every qualification met. */
export async function completeContent(
  requirementId: string,
  overrides: Partial<ProposalDraftInput> = {},
): Promise<ProposalDraftInput> {
  const criteria = await db.evaluationCriterion.findMany({
    where: { requirementId },
    orderBy: { position: "asc" },
  });
  return {
    summary: "基于多模态大模型的计量设备故障预警方案",
    approach: "## 技术路线\n\n多模态大模型 + 知识图谱。",
    priceCny: 5_600_000,
    lineItems: [
      { name: "模型研发", quantity: 1, unitPriceCny: 4_000_000 },
      { name: "部署实施", quantity: 2, unitPriceCny: 800_000 },
    ],
    deliveryMonths: 10,
    team: [{ role: "算法工程师", count: 6 }],
    criterionResponses: criteria.map((c) => ({ criterionId: c.id, response: `响应：${c.name}` })),
    qualificationAnswers: [
      { qualification: "具备电力行业项目经验", met: true, note: "南方电网项目三个" },
      { qualification: "提供本地化部署", met: true, note: "" },
    ],
    ...overrides,
  };
}

export const visitorActor: Actor = { kind: "visitor" };
