import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { UserActor } from "@/lib/auth/guards";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { DomainError, notFound } from "@/lib/domain/errors";
import { notify } from "@/lib/domain/notifications/notify";
import { isUniqueViolation } from "@/lib/domain/prisma-errors";
import { lockOpenRequirement } from "@/lib/domain/requirements/transitions/lock-requirement";
import { requireVisibleRequirement } from "@/lib/domain/requirements/visibility";
import { parseInput } from "@/lib/validation/parse-input";
import { inviteVendorsFor } from "./bid-invitation-permissions";
import { inviteVendorSchema, type InviteVendorInput } from "./bid-invitation.schema";

/** What an invitation is, as whoever tells the vendor about it (a notification) needs it. */
export interface SentInvitation {
  id: string;
  message: string | null;
  requirement: { id: string; title: string; orgId: string };
  vendor: { id: string; name: string };
  invitedById: string;
}

/**
 * The requirement's enterprise invites a vendor to bid: the vendor then sees it in its
 * invitations, and sees the requirement even when it is INVITED only. Only while the
 * requirement is open for proposals (database clock); a vendor is invited once.
 */
export async function inviteVendor(
  actor: Actor,
  input: InviteVendorInput,
): Promise<SentInvitation> {
  const { requirementId, vendorId, message } = parseInput(inviteVendorSchema, input);
  const { orgId } = await requireVisibleRequirement(db, actor, requirementId);
  inviteVendorsFor.require(actor, orgId);
  const { userId } = actor as UserActor;
  try {
    return await db.$transaction(async (tx) => {
      await lockOpenRequirement(tx, requirementId);
      const vendor = await tx.organization.findFirst({
        where: { id: vendorId, kind: "VENDOR" },
        select: { id: true, name: true },
      });
      if (!vendor) throw notFound("Vendor");
      const invitation = await tx.bidInvitation.create({
        data: {
          requirementId,
          vendorOrgId: vendor.id,
          invitedById: userId,
          message: message ?? null,
        },
        select: { id: true, requirement: { select: { id: true, title: true, orgId: true } } },
      });
      await recordAuditEvent(tx, actor, {
        entityType: "BidInvitation",
        entityId: invitation.id,
        action: "bidInvitation.create",
        orgId,
        after: { requirementId, vendorOrgId: vendor.id, message },
      });
      await notify(tx, { type: "bid.invited", requirementId, vendorOrgId: vendor.id });
      return { ...invitation, message: message ?? null, vendor, invitedById: userId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT", "vendorAlreadyInvited");
    throw error;
  }
}
