import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { forbidden } from "@/lib/domain/errors";
import { COUNTED_PROPOSALS } from "@/lib/domain/proposals/counted-proposals";
import { parseInput } from "@/lib/validation/parse-input";
import { openedRequirement, requireEvaluationMember, requireSeat } from "./evaluation-access";
import { requirementRefSchema } from "./evaluation.schema";
import { rankProposals } from "./ranking";

/** An evaluator's own scores (with comments), whether submitted or not. */
export async function listOwnScores(actor: Actor, input: { requirementId: string }) {
  const member = requireEvaluationMember(actor);
  const { requirementId } = parseInput(requirementRefSchema, input);
  await openedRequirement(db, member, requirementId);
  const seat = await requireSeat(db, member, requirementId);
  const scores = await db.score.findMany({
    where: { evaluatorId: member.userId, proposal: { requirementId } },
    select: { proposalId: true, criterionId: true, score: true, comment: true },
  });
  return { declared: seat.noConflictDeclaredAt !== null, submittedAt: seat.submittedAt, scores };
}

/**
 * The comparison table, over the scores of the evaluators who have submitted. Independence: an
 * evaluator who has not submitted yet sees none of it (nor anyone's scores); members who are not
 * on the panel see it as the submitted scores come in.
 */
export async function getRanking(actor: Actor, input: { requirementId: string }) {
  const member = requireEvaluationMember(actor);
  const { requirementId } = parseInput(requirementRefSchema, input);
  const requirement = await openedRequirement(db, member, requirementId);
  const seat = await db.evaluator.findUnique({
    where: { requirementId_userId: { requirementId, userId: member.userId } },
  });
  if (seat && !seat.submittedAt) throw forbidden("submitOwnScoresFirst");
  return rankingOf(requirement.id, requirement.criteria);
}

/** The ranking of `requirementId`'s valid proposals (no permission check: callers decide). */
export async function rankingOf(
  requirementId: string,
  criteria: { id: string; name: string; weight: number; priceFormula: boolean }[],
) {
  const [proposals, evaluators] = await Promise.all([
    db.proposal.findMany({
      where: { requirementId, status: { in: [...COUNTED_PROPOSALS] } },
      include: {
        vendor: { select: { name: true } },
        versions: { orderBy: { version: "desc" }, take: 1 },
      },
    }),
    db.evaluator.findMany({
      where: { requirementId, submittedAt: { not: null } },
      include: { user: { select: { id: true, name: true } } },
    }),
  ]);
  const scores = await db.score.findMany({
    where: {
      proposal: { requirementId },
      evaluatorId: { in: evaluators.map((e) => e.userId) },
    },
  });
  const inputs = proposals.map((p) => ({ id: p.id, priceCny: p.versions[0]!.priceCny }));
  const rows = rankProposals(criteria, inputs, scores);
  return {
    criteria,
    evaluators: evaluators.map((e) => ({ id: e.user.id, name: e.user.name })),
    rows: rows.map((row) => {
      const proposal = proposals.find((p) => p.id === row.proposalId)!;
      const latest = proposal.versions[0]!;
      return {
        ...row,
        status: proposal.status,
        vendorName: proposal.vendor.name,
        priceCny: latest.priceCny,
        deliveryMonths: latest.deliveryMonths,
        team: latest.team as { role: string; count: number }[],
        scores: scores.filter((s) => s.proposalId === row.proposalId),
      };
    }),
  };
}
