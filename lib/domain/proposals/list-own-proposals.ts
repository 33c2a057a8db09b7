import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireVendorMember } from "@/lib/auth/guards";
import { databaseNow, isOpenForProposals } from "@/lib/domain/requirements/open-for-proposals";

/**
 * The proposals of the actor's vendor organization (its members' work, drafts included), with
 * each requirement's deadline and whether it is still open by the database's clock; those
 * still open first, the nearest deadline first.
 */
export async function listOwnProposals(actor: Actor) {
  const vendor = requireVendorMember(actor);
  const now = await databaseNow();
  const rows = await db.proposal.findMany({
    where: { vendorOrgId: vendor.orgId },
    orderBy: [{ requirement: { deadline: "asc" } }, { createdAt: "desc" }],
    select: {
      id: true,
      status: true,
      currentVersion: true,
      submittedAt: true,
      updatedAt: true,
      requirement: {
        select: { id: true, title: true, projectNumber: true, status: true, deadline: true },
      },
    },
  });
  const proposals = rows.map(({ requirement, ...proposal }) => ({
    ...proposal,
    requirement: {
      id: requirement.id,
      title: requirement.title,
      projectNumber: requirement.projectNumber,
      deadline: requirement.deadline,
      open: isOpenForProposals(requirement, now),
    },
  }));
  return {
    now,
    proposals: [
      ...proposals.filter((p) => p.requirement.open),
      ...proposals.filter((p) => !p.requirement.open),
    ],
  };
}

export type OwnProposalList = Awaited<ReturnType<typeof listOwnProposals>>;
