import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ownerOf, requireMemberOrAdmin } from "@/lib/auth/guards";
import { openInvitationWhere } from "./invitation-state";

/**
 * The members of `orgId` (members of the organization and admins), owners first, and — for the
 * organization's owners only — the invitations still waiting for an answer (expired ones too, so
 * that they can be sent again).
 */
export async function listMembers(actor: Actor, input: { orgId: string }) {
  const user = requireMemberOrAdmin(actor, input.orgId);
  const isOwner = ownerOf.can(user, input.orgId);
  const [memberships, invitations] = await Promise.all([
    db.membership.findMany({
      where: { orgId: input.orgId },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      select: {
        role: true,
        createdAt: true,
        user: { select: { id: true, name: true, email: true } },
      },
    }),
    isOwner
      ? db.invitation.findMany({
          where: { orgId: input.orgId, ...openInvitationWhere },
          orderBy: { createdAt: "desc" },
          select: {
            id: true,
            email: true,
            role: true,
            expiresAt: true,
            createdAt: true,
            invitedBy: { select: { name: true } },
          },
        })
      : null,
  ]);
  const now = new Date();
  return {
    members: memberships.map((m) => ({ ...m.user, role: m.role, joinedAt: m.createdAt })),
    ownerCount: memberships.filter((m) => m.role === "OWNER").length,
    invitations:
      invitations?.map(({ invitedBy, ...invitation }) => ({
        ...invitation,
        invitedBy: invitedBy.name,
        expired: invitation.expiresAt <= now,
      })) ?? null,
  };
}

export type MemberList = Awaited<ReturnType<typeof listMembers>>;
