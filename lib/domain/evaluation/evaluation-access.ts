import "server-only";
import type { Prisma, RequirementStatus } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { requireOwnMembership, type MemberActor } from "@/lib/auth/guards";
import { memberOf, ownerOf } from "@/lib/auth/guards";
import { DomainError, forbidden, notFound } from "@/lib/domain/errors";
import { requireEnterpriseMember } from "@/lib/auth/guards";

type Tx = Prisma.TransactionClient;

/**
 * The states before the decision, in which the panel is named and the proposals are opened: a
 * PUBLISHED requirement past its deadline is closed by the opening itself when the job has not
 * run yet.
 */
const BEFORE_DECISION: readonly RequirementStatus[] = ["PUBLISHED", "EVALUATING"];

export const isBeforeDecision = (status: RequirementStatus) => BEFORE_DECISION.includes(status);

/** Whether a member may open (开标) the proposals now: past the deadline, before the decision. */
export const mayOpenProposals = (requirement: {
  status: RequirementStatus;
  openedAt: Date | null;
  deadlinePassed: boolean;
}) => requirement.deadlinePassed && !requirement.openedAt && isBeforeDecision(requirement.status);

/** A member of an enterprise; the requirement is then read within the member's organization. */
export function requireEvaluationMember(actor: Actor): MemberActor {
  const member = requireEnterpriseMember(actor);
  memberOf.require(member, member.orgId);
  return member;
}

/** The owner (OWNER role) of an enterprise: names the evaluation panel. */
export function requireEvaluationOwner(actor: Actor): MemberActor {
  const member = requireOwnMembership(actor);
  requireEnterpriseMember(member);
  ownerOf.require(member, member.orgId);
  return member;
}

/** The requirement of the member's organization, opened (开标); else not found or refused. */
export async function openedRequirement(tx: Tx, member: MemberActor, requirementId: string) {
  const requirement = await tx.requirement.findFirst({
    where: { id: requirementId, orgId: member.orgId },
    include: { criteria: { orderBy: { position: "asc" } } },
  });
  if (!requirement) throw notFound("Requirement");
  if (!requirement.openedAt) throw new DomainError("CONFLICT", "proposalsNotOpened");
  return requirement;
}

/** The actor's seat on the panel of `requirementId`; refused to a member who is not on it. */
export async function requireSeat(tx: Tx, member: MemberActor, requirementId: string) {
  const seat = await tx.evaluator.findUnique({
    where: { requirementId_userId: { requirementId, userId: member.userId } },
  });
  if (!seat) throw forbidden("notAnEvaluator");
  return seat;
}
