import type { Actor } from "@/lib/auth/actor";
import type { ProposalDraftInput } from "@/lib/domain/proposals/proposal-content.schema";
import { db } from "@/lib/db";
import { createUser } from "./actors";
import { createCriteria, createOrganization, createRequirement } from "./factories";

/** A vendor organization with an owner and a member. */
export async function createVendor(overrides: Parameters<typeof createOrganization>[0] = {}) {
  const org = await createOrganization({ kind: "VENDOR", ...overrides });
  const owner = await createUser({ orgId: org.id, role: "OWNER" });
  const member = await createUser({ orgId: org.id, role: "MEMBER" });
  return { org, owner: owner.actor, member: member.actor };
}

/**
 * A published requirement with two criteria and two stated qualifications, its enterprise's
 * owner and member, and a vendor to bid on it.
 */
export async function createBiddingScene(
  requirement: Parameters<typeof createRequirement>[0] = {},
) {
  const enterprise = await createOrganization();
  const enterpriseOwner = await createUser({ orgId: enterprise.id, role: "OWNER" });
  const enterpriseMember = await createUser({ orgId: enterprise.id, role: "MEMBER" });
  const created = await createRequirement({
    orgId: enterprise.id,
    qualifications: "- 具备电力行业项目经验\n- 提供本地化部署",
    ...requirement,
  });
  await createCriteria(created.id, [60, 40]);
  const vendor = await createVendor();
  return {
    requirement: created,
    enterprise: { org: enterprise, owner: enterpriseOwner.actor, member: enterpriseMember.actor },
    vendor,
  };
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
