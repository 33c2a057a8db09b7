import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { openProposals } from "@/lib/domain/evaluation/open-proposals";
import {
  appointEvaluators,
  declareNoConflict,
  scoreProposal,
  submitScores,
} from "@/lib/domain/evaluation/panel";
import { createUser } from "./actors";
import { createOrganization, createRequirement } from "./factories";

/** Everyone the evaluation's authorization table covers. */
export const EVALUATION_ROLES = [
  "enterpriseOwner",
  "evaluator",
  "nonEvaluator",
  "otherEnterprise",
  "vendorBidder",
  "otherVendor",
  "admin",
  "visitor",
] as const;
export type EvaluationRole = (typeof EVALUATION_ROLES)[number];

/** A proposal of `vendorOrgId` with one submitted version at `priceCny`. */
export function bid(requirementId: string, vendorOrgId: string, priceCny: number) {
  return db.proposal.create({
    data: {
      requirementId,
      vendorOrgId,
      status: "SUBMITTED",
      currentVersion: 1,
      submittedAt: new Date(Date.now() - 86_400_000),
      versions: {
        create: {
          version: 1,
          priceCny,
          summary: "方案摘要",
          approach: "## 技术路线",
          digest: "d".repeat(64),
        },
      },
    },
  });
}

/**
 * A requirement past its deadline (still PUBLISHED: the closing job has not run) with a scored
 * criterion (60) and a 低价优先 price criterion (40); two vendors have bid (1,000,000 and
 * 800,000), a third vendor withdrew; the enterprise has an owner, an evaluator and a member who is
 * not on the panel.
 */
export async function createEvaluationScene() {
  const enterprise = await createOrganization();
  const owner = await createUser({ orgId: enterprise.id, role: "OWNER", name: "业主" });
  const evaluator = await createUser({ orgId: enterprise.id, role: "MEMBER", name: "评委甲" });
  const secondEvaluator = await createUser({
    orgId: enterprise.id,
    role: "MEMBER",
    name: "评委乙",
  });
  const nonEvaluator = await createUser({ orgId: enterprise.id, role: "MEMBER" });
  const otherEnterprise = await createUser({
    orgId: (await createOrganization()).id,
    role: "OWNER",
  });
  const vendorOrg = await createOrganization({ kind: "VENDOR", name: "甲供应商" });
  const secondVendorOrg = await createOrganization({ kind: "VENDOR", name: "乙供应商" });
  const withdrawnOrg = await createOrganization({ kind: "VENDOR", name: "撤回供应商" });
  const vendor = await createUser({ orgId: vendorOrg.id, role: "OWNER" });
  const secondVendor = await createUser({ orgId: secondVendorOrg.id, role: "OWNER" });
  const otherVendor = await createUser({
    orgId: (await createOrganization({ kind: "VENDOR" })).id,
  });
  const admin = await createUser({ isAdmin: true });
  const requirement = await createRequirement({
    orgId: enterprise.id,
    deadline: new Date(Date.now() - 3_600_000),
  });
  const quality = await db.evaluationCriterion.create({
    data: { requirementId: requirement.id, position: 0, name: "技术方案", weight: 60 },
  });
  const price = await db.evaluationCriterion.create({
    data: {
      requirementId: requirement.id,
      position: 1,
      name: "报价",
      weight: 40,
      priceFormula: true,
    },
  });
  const proposal = await bid(requirement.id, vendorOrg.id, 1_000_000);
  const secondProposal = await bid(requirement.id, secondVendorOrg.id, 800_000);
  const withdrawn = await bid(requirement.id, withdrawnOrg.id, 500_000);
  await db.proposal.update({ where: { id: withdrawn.id }, data: { status: "WITHDRAWN" } });
  const actors: Record<EvaluationRole, Actor> = {
    enterpriseOwner: owner.actor,
    evaluator: evaluator.actor,
    nonEvaluator: nonEvaluator.actor,
    otherEnterprise: otherEnterprise.actor,
    vendorBidder: vendor.actor,
    otherVendor: otherVendor.actor,
    admin: admin.actor,
    visitor: { kind: "visitor" },
  };
  return {
    requirement,
    criteria: { quality, price },
    proposals: { first: proposal, second: secondProposal, withdrawn },
    users: { owner, evaluator, secondEvaluator, nonEvaluator },
    vendors: { first: vendor.actor, second: secondVendor.actor },
    actors,
  };
}

/**
 * The scene opened, both evaluators seated, and each having scored technical quality for the
 * first and the second proposal (`scores`: the first evaluator's pair, then the second's) and
 * submitted.
 */
export async function createScoredEvaluationScene(
  scores: readonly [readonly [number, number], readonly [number, number]],
) {
  const scene = await createEvaluationScene();
  const { requirement, users, proposals, criteria } = scene;
  const requirementId = requirement.id;
  await openProposals(users.owner.actor, { requirementId });
  await appointEvaluators(users.owner.actor, {
    requirementId,
    userIds: [users.evaluator.user.id, users.secondEvaluator.user.id],
  });
  const judges = [
    [users.evaluator, scores[0]],
    [users.secondEvaluator, scores[1]],
  ] as const;
  for (const [judge, [first, second]] of judges) {
    await declareNoConflict(judge.actor, { requirementId });
    for (const [proposal, score] of [
      [proposals.first, first],
      [proposals.second, second],
    ] as const) {
      await scoreProposal(judge.actor, {
        requirementId,
        proposalId: proposal.id,
        criterionId: criteria.quality.id,
        score,
        comment: "评语",
      });
    }
    await submitScores(judge.actor, { requirementId });
  }
  return scene;
}
