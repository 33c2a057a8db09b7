import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { admin, requireUser } from "@/lib/auth/guards";
import { notFound } from "@/lib/domain/errors";
import { parseInput } from "@/lib/validation/parse-input";
import {
  requirementTransitionSchema,
  type RequirementTransitionInput,
} from "../transitions/transition.schema";

/**
 * The requirement's audit trail, oldest first, for its organization's members and the admins.
 * Members see that an admin acted, not which one.
 */
export async function getRequirementHistory(actor: Actor, input: RequirementTransitionInput) {
  const user = requireUser(actor);
  const { requirementId } = parseInput(requirementTransitionSchema, input);
  const isAdmin = admin.can(user);
  const tenant = isAdmin ? {} : { orgId: user.orgId ?? "" };
  const requirement = await db.requirement.findFirst({
    where: { id: requirementId, ...tenant },
    select: { id: true },
  });
  if (!requirement) throw notFound("Requirement");
  const events = await db.auditEvent.findMany({
    where: { entityType: "requirement", entityId: requirementId },
    orderBy: { id: "asc" },
    select: {
      id: true,
      action: true,
      actorKind: true,
      reason: true,
      before: true,
      after: true,
      createdAt: true,
      actor: { select: { name: true } },
    },
  });
  return events.map(({ actor: who, id, action, ...event }) => ({
    ...event,
    id: id.toString(),
    action,
    /** The action without its "requirement." prefix: the key of its label in `moderation`. */
    verb: action.replace(/^requirement\./, ""),
    actorName: event.actorKind === "admin" && !isAdmin ? null : (who?.name ?? null),
  }));
}

export type RequirementHistoryEvent = Awaited<ReturnType<typeof getRequirementHistory>>[number];
