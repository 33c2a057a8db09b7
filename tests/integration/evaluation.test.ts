import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { awardProposal, closeUnsuccessful } from "@/lib/domain/evaluation/decide";
import { getEvaluationOverview } from "@/lib/domain/evaluation/get-evaluation-overview";
import { listOpenedProposals } from "@/lib/domain/evaluation/list-opened-proposals";
import { openProposals } from "@/lib/domain/evaluation/open-proposals";
import { getAwardNotice, getOwnOutcome } from "@/lib/domain/evaluation/outcomes";
import { scoreProposal } from "@/lib/domain/evaluation/panel";
import { getRanking } from "@/lib/domain/evaluation/read-scores";
import { lowestPriceScore } from "@/lib/domain/evaluation/ranking";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createEvaluationScene, createScoredEvaluationScene } from "@/tests/helpers/evaluation";

setUpTestDatabase();

/** Both evaluators scored technical quality: the first proposal 90/80, the second 60/70. */
const openable = async (
  actor: Parameters<typeof getEvaluationOverview>[0],
  requirementId: string,
) => (await getEvaluationOverview(actor, { requirementId })).openable;

const scoredScene = () =>
  createScoredEvaluationScene([
    [90, 60],
    [80, 70],
  ]);

describe("bid opening", () => {
  it("is refused before the deadline, and shows nothing sealed", async () => {
    const scene = await createEvaluationScene();
    await db.requirement.update({
      where: { id: scene.requirement.id },
      data: { deadline: new Date(Date.now() + 3_600_000) },
    });
    const requirementId = scene.requirement.id;
    expect(await openable(scene.users.owner.actor, requirementId)).toBe(false);
    await expect(openProposals(scene.users.owner.actor, { requirementId })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      listOpenedProposals(scene.users.owner.actor, { requirementId }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("closes the requirement, is audited once, and shows the submitted proposals with their digests", async () => {
    const scene = await createEvaluationScene();
    const requirementId = scene.requirement.id;
    expect(await openable(scene.users.nonEvaluator.actor, requirementId)).toBe(true);
    await openProposals(scene.users.owner.actor, { requirementId });
    expect(await openable(scene.users.owner.actor, requirementId)).toBe(false);
    await expect(openProposals(scene.users.owner.actor, { requirementId })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const requirement = await db.requirement.findUniqueOrThrow({ where: { id: requirementId } });
    expect(requirement.status).toBe("EVALUATING");
    expect(
      await db.auditEvent.count({
        where: { entityId: requirementId, action: "requirement.open-proposals" },
      }),
    ).toBe(1);
    const opened = await listOpenedProposals(scene.users.nonEvaluator.actor, { requirementId });
    expect(opened.map((p) => [p.vendor.name, p.priceCny, p.digest]).sort()).toEqual([
      ["乙供应商", 800_000, "d".repeat(64)],
      ["甲供应商", 1_000_000, "d".repeat(64)],
    ]);
  });
});

describe("ranking", () => {
  it("scores the price by 低价优先 and weighs the criteria by the published weights", async () => {
    expect(lowestPriceScore(800_000, 800_000)).toBe(100);
    expect(lowestPriceScore(1_000_000, 800_000)).toBe(80);
    const scene = await scoredScene();
    const ranking = await getRanking(scene.users.owner.actor, {
      requirementId: scene.requirement.id,
    });
    const row = (id: string) => ranking.rows.find((r) => r.proposalId === id)!;
    const first = row(scene.proposals.first.id);
    const second = row(scene.proposals.second.id);
    // first: 0.6 × 85 + 0.4 × 80 = 83; second: 0.6 × 65 + 0.4 × 100 = 79.
    expect(first.overall).toBeCloseTo(83);
    expect(second.overall).toBeCloseTo(79);
    expect([first.rank, second.rank]).toEqual([1, 2]);
    expect(first.criteria[0]).toMatchObject({ score: 85, spread: 10, byFormula: false });
    expect(second.criteria[1]).toMatchObject({ score: 100, byFormula: true });
    expect(ranking.rows.map((r) => r.proposalId)).not.toContain(scene.proposals.withdrawn.id);
  });
});

describe("award", () => {
  it("needs a reason for a proposal that is not the top-ranked", async () => {
    const scene = await scoredScene();
    const input = { requirementId: scene.requirement.id, proposalId: scene.proposals.second.id };
    await expect(awardProposal(scene.users.owner.actor, input)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { reason: ["awardReasonRequired"] },
    });
    await awardProposal(scene.users.owner.actor, { ...input, reason: "报价更低，交付更快" });
    const statuses = await db.proposal.findMany({
      where: { requirementId: scene.requirement.id },
      select: { id: true, status: true },
    });
    expect(Object.fromEntries(statuses.map((p) => [p.id, p.status]))).toEqual({
      [scene.proposals.first.id]: "NOT_AWARDED",
      [scene.proposals.second.id]: "AWARDED",
      [scene.proposals.withdrawn.id]: "WITHDRAWN",
    });
  });

  it("of two concurrent awards, exactly one wins and the other is refused", async () => {
    const scene = await scoredScene();
    const requirementId = scene.requirement.id;
    const results = await Promise.allSettled([
      awardProposal(scene.users.owner.actor, {
        requirementId,
        proposalId: scene.proposals.first.id,
      }),
      awardProposal(scene.users.evaluator.actor, {
        requirementId,
        proposalId: scene.proposals.second.id,
        reason: "更低报价",
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.reason).toMatchObject({ code: "INVALID_TRANSITION" });
    const award = await db.award.findUniqueOrThrow({ where: { requirementId } });
    const proposals = await db.proposal.findMany({
      where: { requirementId, status: { not: "WITHDRAWN" } },
    });
    for (const proposal of proposals) {
      expect(proposal.status).toBe(proposal.id === award.proposalId ? "AWARDED" : "NOT_AWARDED");
    }
    expect(
      await db.auditEvent.count({
        where: { entityId: requirementId, action: "requirement.award" },
      }),
    ).toBe(1);
  });

  it("shows each bidder its outcome, its own scores only when shared, and the public award notice", async () => {
    const scene = await scoredScene();
    const requirementId = scene.requirement.id;
    expect(await getAwardNotice(requirementId)).toBeNull();
    await awardProposal(scene.users.owner.actor, {
      requirementId,
      proposalId: scene.proposals.first.id,
      shareScoresWithBidders: true,
    });
    const winner = await getOwnOutcome(scene.vendors.first, { requirementId });
    const other = await getOwnOutcome(scene.vendors.second, { requirementId });
    expect(winner).toMatchObject({ status: "AWARDED", shared: { rank: 1 } });
    expect(other).toMatchObject({ status: "NOT_AWARDED", shared: { rank: 2 } });
    expect(other.shared?.overall).toBeCloseTo(79);
    expect(await getAwardNotice(requirementId)).toMatchObject({
      vendor: { name: "甲供应商" },
      amountCny: 1_000_000,
    });
  });

  it("keeps scores from the bidders when the enterprise does not share them", async () => {
    const scene = await scoredScene();
    const requirementId = scene.requirement.id;
    await awardProposal(scene.users.owner.actor, {
      requirementId,
      proposalId: scene.proposals.first.id,
    });
    expect(await getOwnOutcome(scene.vendors.second, { requirementId })).toEqual({
      status: "NOT_AWARDED",
      decided: true,
      shared: null,
    });
  });

  it("closes as UNSUCCESSFUL with a reason, every bidder NOT_AWARDED", async () => {
    const scene = await scoredScene();
    const requirementId = scene.requirement.id;
    await expect(
      closeUnsuccessful(scene.users.owner.actor, { requirementId, reason: " " }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await closeUnsuccessful(scene.users.owner.actor, { requirementId, reason: "报价均超预算" });
    const requirement = await db.requirement.findUniqueOrThrow({ where: { id: requirementId } });
    expect([requirement.status, requirement.statusReason]).toEqual([
      "UNSUCCESSFUL",
      "报价均超预算",
    ]);
    expect(await getOwnOutcome(scene.vendors.first, { requirementId })).toMatchObject({
      status: "NOT_AWARDED",
    });
  });
});

describe("independent scoring", () => {
  it("refuses a score outside 0–100, and any change once the scores are submitted", async () => {
    const scene = await scoredScene();
    const base = {
      requirementId: scene.requirement.id,
      proposalId: scene.proposals.first.id,
      comment: "评语",
    };
    await expect(
      scoreProposal(scene.users.evaluator.actor, {
        ...base,
        criterionId: scene.criteria.quality.id,
        score: 101,
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    // Submitted scores are final.
    await expect(
      scoreProposal(scene.users.evaluator.actor, {
        ...base,
        criterionId: scene.criteria.quality.id,
        score: 50,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
