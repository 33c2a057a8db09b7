import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ownerOf, requireMemberOrAdmin } from "@/lib/auth/guards";
import { notFound } from "@/lib/domain/errors";

/**
 * An organization's verification as its members (and admins) see it: the current status, and the
 * latest request with the admin's reason when it was rejected. `canRequest` says whether the
 * viewer may send a (new) request now.
 */
export async function getVerificationStatus(actor: Actor, input: { orgId: string }) {
  const user = requireMemberOrAdmin(actor, input.orgId);
  const org = await db.organization.findUnique({
    where: { id: input.orgId },
    select: {
      verificationStatus: true,
      verifiedAt: true,
      verificationRequests: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: {
          id: true,
          status: true,
          reason: true,
          createdAt: true,
          decidedAt: true,
          licenseFile: { select: { originalName: true } },
        },
      },
    },
  });
  if (!org) throw notFound("Organization");
  const [latest] = org.verificationRequests;
  const isOwner = ownerOf.can(user, input.orgId);
  return {
    status: org.verificationStatus,
    verifiedAt: org.verifiedAt,
    latestRequest: latest
      ? {
          id: latest.id,
          status: latest.status,
          reason: latest.reason,
          requestedAt: latest.createdAt,
          decidedAt: latest.decidedAt,
          licenseName: latest.licenseFile.originalName,
        }
      : null,
    canRequest:
      isOwner && (org.verificationStatus === "UNVERIFIED" || org.verificationStatus === "REJECTED"),
  };
}

export type VerificationStatusView = Awaited<ReturnType<typeof getVerificationStatus>>;
