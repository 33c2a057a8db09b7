import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { DomainError } from "@/lib/domain/errors";
import { notify } from "@/lib/domain/notifications/notify";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { isUniqueViolation } from "@/lib/domain/prisma-errors";
import { invitationTokenSchema, type InvitationTokenInput } from "./accept-invitation.schema";
import { claimInvitation } from "./claim-invitation";
import { parseInput } from "@/lib/validation/parse-input";
import { joinOrganization } from "./join-organization-permission";

const inOrganization = () => new DomainError("CONFLICT", "alreadyInOrganization");

/**
 * A signed-in user joins the inviting organization as a member. Only the invited address may
 * accept, and only while it belongs to no organization (one organization per user). Visitors use
 * signUpWithInvitation instead.
 */
export async function acceptInvitation(
  actor: Actor,
  input: InvitationTokenInput,
): Promise<{ orgId: string }> {
  joinOrganization.require(actor);
  const user = requireUser(actor);
  const { token } = parseInput(invitationTokenSchema, input);

  return db
    .$transaction(async (tx) => {
      const invitation = await claimInvitation(tx, token);
      const account = await tx.user.findUniqueOrThrow({
        where: { id: user.userId },
        select: { email: true, membership: { select: { id: true } } },
      });
      if (account.email !== invitation.email)
        throw new DomainError("FORBIDDEN", "invitationOtherEmail", {
          params: { email: invitation.email },
        });
      if (account.membership) throw inOrganization();
      await tx.membership.create({
        data: { userId: user.userId, orgId: invitation.orgId, role: invitation.role },
      });
      await recordAuditEvent(tx, user, {
        entityType: "invitation",
        entityId: invitation.id,
        orgId: invitation.orgId,
        action: "invitation.accept",
        after: { userId: user.userId, role: invitation.role },
      });
      await notify(tx, {
        type: "member.joined",
        orgId: invitation.orgId,
        memberUserId: user.userId,
      });
      return { orgId: invitation.orgId };
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? inOrganization() : error;
    });
}
