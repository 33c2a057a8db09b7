import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/domain/errors";
import { maySeeInternals } from "@/lib/domain/requirements/requirement-permissions";
import { COUNTED_PROPOSALS } from "./counted-proposals";

/**
 * Sealed submission (开标前保密): all that the owner organization and admins learn of a
 * requirement's proposals before opening is how many there are. Nobody else learns even that.
 */
export async function countSubmittedProposals(
  actor: Actor,
  input: { requirementId: string },
): Promise<number> {
  const requirement = await db.requirement.findUnique({
    where: { id: input.requirementId },
    select: { orgId: true },
  });
  if (!requirement || !maySeeInternals(actor, requirement.orgId)) throw notFound("Requirement");
  return db.proposal.count({
    where: { requirementId: input.requirementId, status: { in: [...COUNTED_PROPOSALS] } },
  });
}
