import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireVendorMember } from "@/lib/auth/guards";
import { notFound } from "@/lib/domain/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { requirementRefSchema } from "./evaluation.schema";
import { rankingOf } from "./read-scores";

const DECIDED = ["AWARDED", "CONTRACTED", "COMPLETED", "UNSUCCESSFUL"] as const;

/**
 * A bidder's outcome: its proposal's status, and once decided, its own scores and rank if the
 * enterprise chose to share them (never another bidder's).
 */
export async function getOwnOutcome(actor: Actor, input: { requirementId: string }) {
  const vendor = requireVendorMember(actor);
  const { requirementId } = parseInput(requirementRefSchema, input);
  const proposal = await db.proposal.findUnique({
    where: { requirementId_vendorOrgId: { requirementId, vendorOrgId: vendor.orgId } },
    include: { requirement: { include: { criteria: { orderBy: { position: "asc" } } } } },
  });
  if (!proposal) throw notFound("Proposal");
  const { requirement } = proposal;
  const decided = (DECIDED as readonly string[]).includes(requirement.status);
  if (!decided || !requirement.shareScoresWithBidders) {
    return { status: proposal.status, decided, shared: null };
  }
  const ranking = await rankingOf(requirementId, requirement.criteria);
  const own = ranking.rows.find((row) => row.proposalId === proposal.id);
  return {
    status: proposal.status,
    decided,
    shared: own
      ? {
          rank: own.rank,
          overall: own.overall,
          criteria: own.criteria.map((result, i) => ({
            ...result,
            name: ranking.criteria[i]!.name,
          })),
        }
      : null,
  };
}

/** 中标结果公示: for a PUBLIC requirement once awarded, the winner, awarded amount and date. */
export async function getAwardNotice(requirementId: string) {
  const award = await db.award.findFirst({
    where: {
      requirementId,
      requirement: { visibility: "PUBLIC", status: { in: ["AWARDED", "CONTRACTED", "COMPLETED"] } },
    },
    include: {
      proposal: {
        include: {
          vendor: { select: { id: true, name: true } },
          versions: { orderBy: { version: "desc" }, take: 1 },
        },
      },
    },
  });
  if (!award) return null;
  return {
    vendor: award.proposal.vendor,
    amountCny: award.proposal.versions[0]!.priceCny,
    decidedAt: award.decidedAt,
  };
}
