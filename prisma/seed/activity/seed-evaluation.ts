import type { DemoActivity } from "../demo-activity.schema";
import type { DemoTimeline } from "./demo-timeline";
import type { SeedIds, Tx } from "./seed-ids";

type ScoreSeed = DemoActivity["scores"][number];
type AwardSeed = DemoActivity["awards"][number];

// The audit actions the evaluation use cases write (lib/domain/evaluation/evaluation-actions.ts,
// server-only, so not importable by the seed script).
const OPEN_ACTION = "requirement.open-proposals";
const COUNTED = ["SUBMITTED", "SHORTLISTED", "NOT_SELECTED", "AWARDED", "NOT_AWARDED"] as const;

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
  const owner = await openProposals(tx, requirementId, scoredAt);
  await seat(
    tx,
    { requirementId, userId: ids.user(s.evaluator), appointedById: owner },
    {
      at: scoredAt,
      submitted: s.submitted ?? true,
    },
  );
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

/**
 * Bid opening (开标) as openProposals writes it, by the organization's owner: openedAt and
 * openedById, and the audit event with the number of proposals opened. Once per requirement;
 * returns the owner.
 */
async function openProposals(tx: Tx, requirementId: string, at: Date): Promise<string> {
  const { orgId } = await tx.requirement.findUniqueOrThrow({ where: { id: requirementId } });
  const owner = await tx.membership.findFirstOrThrow({ where: { orgId, role: "OWNER" } });
  const { count } = await tx.requirement.updateMany({
    where: { id: requirementId, openedAt: null },
    data: { openedAt: at, openedById: owner.userId },
  });
  if (count === 0) return owner.userId;
  const proposals = await tx.proposal.count({
    where: { requirementId, status: { in: [...COUNTED] } },
  });
  await tx.auditEvent.create({
    data: {
      actorUserId: owner.userId,
      actorKind: "user",
      orgId,
      entityType: "requirement",
      entityId: requirementId,
      action: OPEN_ACTION,
      after: { proposals },
      createdAt: at,
    },
  });
  return owner.userId;
}

/** The evaluator's seat: appointed, declared (no conflict) and, unless still scoring, submitted. */
async function seat(
  tx: Tx,
  key: { requirementId: string; userId: string; appointedById: string },
  { at, submitted }: { at: Date; submitted: boolean },
) {
  const { requirementId, userId } = key;
  await tx.evaluator.upsert({
    where: { requirementId_userId: { requirementId, userId } },
    create: {
      ...key,
      noConflictDeclaredAt: at,
      submittedAt: submitted ? at : null,
      createdAt: at,
    },
    update: {},
  });
}

/**
 * The award as awardProposal writes it: the decision by the owner, the proposal AWARDED and every
 * other counted proposal NOT_AWARDED.
 */
async function seedAward(
  tx: Tx,
  ids: SeedIds,
  a: AwardSeed,
  timeline: DemoTimeline,
): Promise<void> {
  const requirementId = ids.requirement(a.requirement);
  const proposalId = ids.proposal(a.requirement, a.vendor);
  const decidedAt = await timeline.awardedAt(requirementId);
  const owner = await openProposals(tx, requirementId, decidedAt);
  const award = await tx.award.create({
    data: { requirementId, proposalId, reason: a.reason, decidedAt, decidedById: owner },
    include: {
      requirement: { select: { status: true } },
      proposal: { include: { versions: true } },
    },
  });
  await tx.proposal.update({ where: { id: proposalId }, data: { status: "AWARDED" } });
  await tx.proposal.updateMany({
    where: { requirementId, id: { not: proposalId }, status: { in: [...COUNTED] } },
    data: { status: "NOT_AWARDED" },
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
