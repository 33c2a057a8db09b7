import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireVendorMember } from "@/lib/auth/guards";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { requireVisibleRequirement } from "@/lib/domain/requirements/visibility";
import { parseInput } from "@/lib/validation/parse-input";
import { invitationRequirementSchema } from "./bid-invitation.schema";

/**
 * An invited vendor's member opened the requirement: its invitation is read, and the enterprise
 * sees that the vendor has viewed it. The first opening counts; later ones change nothing.
 * Returns whether this opening marked it (false without an invitation, or when already read).
 */
export async function markInvitationViewed(
  actor: Actor,
  input: { requirementId: string },
): Promise<{ marked: boolean }> {
  const member = requireVendorMember(actor);
  const { requirementId } = parseInput(invitationRequirementSchema, input);
  const { orgId } = await requireVisibleRequirement(db, member, requirementId);
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "BidInvitation" SET "viewedAt" = now()
      WHERE "requirementId" = ${requirementId} AND "vendorOrgId" = ${member.orgId}
        AND "viewedAt" IS NULL
      RETURNING id`;
    if (!row) return { marked: false };
    await recordAuditEvent(tx, member, {
      entityType: "BidInvitation",
      entityId: row.id,
      action: "bidInvitation.view",
      orgId,
    });
    return { marked: true };
  });
}
