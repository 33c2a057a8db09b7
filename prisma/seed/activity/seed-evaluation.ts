import type { DemoActivity } from "../demo-activity.schema";
import type { DemoTimeline } from "./demo-timeline";
import type { SeedIds, Tx } from "./seed-ids";

type ScoreSeed = DemoActivity["scores"][number];
type AwardSeed = DemoActivity["awards"][number];

/** Creates the evaluators' scores, the awards and the contracts of awards already signed. */
export async function seedEvaluation(
  tx: Tx,
  ids: SeedIds,
  activity: DemoActivity,
  timeline: DemoTimeline,
): Promise<void> {
  for (const scores of activity.scores) await seedScores(tx, ids, scores, timeline);
  for (const award of activity.awards) await seedAward(tx, ids, award, timeline);
}

async function seedScores(
  tx: Tx,
  ids: SeedIds,
  s: ScoreSeed,
  timeline: DemoTimeline,
): Promise<void> {
  const requirementId = ids.requirement(s.requirement);
  const criteria = await tx.evaluationCriterion.findMany({ where: { requirementId } });
  const scoredAt = await timeline.scoredAt(requirementId);
  await openAndSeat(tx, requirementId, ids.user(s.evaluator), scoredAt);
  for (const [name, score] of Object.entries(s.scores)) {
    const criterion = criteria.find((c) => c.name === name);
    if (!criterion) {
      throw new Error(`demo-activity.json: "${s.requirement}" has no criterion "${name}"`);
    }
    await tx.score.create({
      data: {
        proposalId: ids.proposal(s.requirement, s.vendor),
        criterionId: criterion.id,
        evaluatorId: ids.user(s.evaluator),
        score,
        createdAt: scoredAt,
        updatedAt: scoredAt,
      },
    });
  }
}

/** Scores are read only after opening (开标), by a declared evaluator who has submitted them. */
async function openAndSeat(tx: Tx, requirementId: string, userId: string, at: Date) {
  await tx.requirement.updateMany({
    where: { id: requirementId, openedAt: null },
    data: { openedAt: at },
  });
  await tx.evaluator.upsert({
    where: { requirementId_userId: { requirementId, userId } },
    create: { requirementId, userId, noConflictDeclaredAt: at, submittedAt: at, createdAt: at },
    update: {},
  });
}

async function seedAward(
  tx: Tx,
  ids: SeedIds,
  a: AwardSeed,
  timeline: DemoTimeline,
): Promise<void> {
  const requirementId = ids.requirement(a.requirement);
  const decidedAt = await timeline.awardedAt(requirementId);
  await tx.requirement.updateMany({
    where: { id: requirementId, openedAt: null },
    data: { openedAt: decidedAt },
  });
  const award = await tx.award.create({
    data: {
      requirementId,
      proposalId: ids.proposal(a.requirement, a.vendor),
      reason: a.reason,
      decidedAt,
    },
    include: {
      requirement: { select: { status: true } },
      proposal: { include: { versions: true } },
    },
  });
  // marketplace.json set the requirement's status: only those past signing have a contract.
  const { status } = award.requirement;
  if (status !== "CONTRACTED" && status !== "COMPLETED") return;
  const signedAt = timeline.signedAt(award.decidedAt);
  const { number, ...completion } = contractOf(a, status);
  await tx.contract.create({
    data: {
      requirementId,
      awardId: award.id,
      contractNumber: number,
      amountCny: award.proposal.versions[0]!.priceCny,
      signedAt,
      createdAt: signedAt,
      ...(status === "COMPLETED"
        ? { ...completion, completedAt: timeline.completedAt(signedAt) }
        : {}),
    },
  });
}

/** The award's contract; a COMPLETED requirement's must carry its acceptance and rating. */
function contractOf(a: AwardSeed, status: "CONTRACTED" | "COMPLETED") {
  const contract = a.contract;
  if (!contract) throw new Error(`demo-activity.json: "${a.requirement}" needs its contract`);
  if (status === "COMPLETED" && (!contract.rating || !contract.acceptanceNotes)) {
    throw new Error(`demo-activity.json: "${a.requirement}" needs its acceptance and rating`);
  }
  return contract;
}
