import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ownerOf } from "@/lib/auth/guards";
import { notFound } from "@/lib/domain/errors";
import { databaseNow, isPastDeadline } from "@/lib/domain/requirements/open-for-proposals";
import { parseInput } from "@/lib/validation/parse-input";
import { isBeforeDecision, mayOpenProposals, requireEvaluationMember } from "./evaluation-access";
import { requirementRefSchema } from "./evaluation.schema";

/**
 * What the evaluation page needs besides the proposals and scores, for members of the owner
 * organization: the requirement's stage by the database's clock, its published criteria, the
 * panel (who sits on it, who declared and submitted, never anyone's scores), the actor's own
 * seat, and for the owner the members it may name.
 */
export async function getEvaluationOverview(actor: Actor, input: { requirementId: string }) {
  const member = requireEvaluationMember(actor);
  const { requirementId } = parseInput(requirementRefSchema, input);
  const [requirement, now] = await Promise.all([
    db.requirement.findFirst({
      where: { id: requirementId, orgId: member.orgId },
      include: {
        criteria: { orderBy: { position: "asc" } },
        evaluators: {
          orderBy: { createdAt: "asc" },
          include: { user: { select: { id: true, name: true } } },
        },
      },
    }),
    databaseNow(),
  ]);
  if (!requirement) throw notFound("Requirement");
  const isOwner = ownerOf.can(member, member.orgId);
  const seat = requirement.evaluators.find((e) => e.userId === member.userId);
  const mayAppoint = isOwner && isBeforeDecision(requirement.status);
  const deadlinePassed = isPastDeadline(requirement, now);
  return {
    id: requirement.id,
    orgId: requirement.orgId,
    title: requirement.title,
    status: requirement.status,
    statusReason: requirement.statusReason,
    deadline: requirement.deadline,
    deadlinePassed,
    openedAt: requirement.openedAt,
    openable: mayOpenProposals({ ...requirement, deadlinePassed }),
    criteria: requirement.criteria.map(({ id, name, weight, priceFormula }) => ({
      id,
      name,
      weight,
      priceFormula,
    })),
    panel: requirement.evaluators.map((e) => ({
      userId: e.userId,
      name: e.user.name,
      declared: e.noConflictDeclaredAt !== null,
      submitted: e.submittedAt !== null,
    })),
    seat: seat
      ? { declared: seat.noConflictDeclaredAt !== null, submitted: !!seat.submittedAt }
      : null,
    mayAppoint,
    members: mayAppoint ? await organizationMembers(member.orgId) : [],
  };
}

async function organizationMembers(orgId: string) {
  const memberships = await db.membership.findMany({
    where: { orgId },
    orderBy: { createdAt: "asc" },
    include: { user: { select: { id: true, name: true, email: true } } },
  });
  return memberships.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email }));
}

export type EvaluationOverview = Awaited<ReturnType<typeof getEvaluationOverview>>;
