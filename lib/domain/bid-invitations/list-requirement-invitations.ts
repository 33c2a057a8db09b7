import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireVisibleRequirement } from "@/lib/domain/requirements/visibility";
import { parseInput } from "@/lib/validation/parse-input";
import { seeInvitationsOf } from "./bid-invitation-permissions";
import { invitationRequirementSchema } from "./bid-invitation.schema";

/**
 * The vendors a requirement's enterprise invited, with when each first viewed it. Nothing about
 * their proposals: before the deadline the enterprise must not learn who has bid.
 */
export async function listRequirementInvitations(actor: Actor, input: { requirementId: string }) {
  const { requirementId } = parseInput(invitationRequirementSchema, input);
  const { orgId } = await requireVisibleRequirement(db, actor, requirementId);
  seeInvitationsOf.require(actor, orgId);
  return db.bidInvitation.findMany({
    where: { requirementId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      message: true,
      createdAt: true,
      viewedAt: true,
      vendor: { select: { id: true, name: true, nameEn: true } },
    },
  });
}
