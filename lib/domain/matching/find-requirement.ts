import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/domain/errors";
import { visibleRequirementsWhere } from "@/lib/domain/requirements/visibility";
import {
  loadRequirements,
  requirementsWithIds,
  type MatchableRequirement,
} from "./load-requirements";

/** A requirement the actor may see, by id or import key; NOT_FOUND otherwise. */
export async function findVisibleRequirement(
  actor: Actor,
  ref: { requirementId: string } | { requirementKey: string },
): Promise<MatchableRequirement> {
  const where = "requirementId" in ref ? { id: ref.requirementId } : { key: ref.requirementKey };
  const found = await db.requirement.findFirst({
    where: { AND: [where, visibleRequirementsWhere(actor)] },
    select: { id: true },
  });
  const [requirement] = found ? await loadRequirements(requirementsWithIds([found.id])) : [];
  if (!requirement) throw notFound("Requirement");
  return requirement;
}
