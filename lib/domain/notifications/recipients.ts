import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";

type Tx = Prisma.TransactionClient;

/** Every member of an organization (owners and members). */
export async function organizationMembers(tx: Tx, orgId: string): Promise<string[]> {
  const rows = await tx.membership.findMany({ where: { orgId }, select: { userId: true } });
  return rows.map((row) => row.userId);
}

/** The owners of an organization. */
export async function organizationOwners(tx: Tx, orgId: string): Promise<string[]> {
  const rows = await tx.membership.findMany({
    where: { orgId, role: "OWNER" },
    select: { userId: true },
  });
  return rows.map((row) => row.userId);
}

/** The members of the enterprise that owns the requirement. */
export async function requirementOwners(tx: Tx, requirementId: string): Promise<string[]> {
  const { orgId } = await tx.requirement.findUniqueOrThrow({
    where: { id: requirementId },
    select: { orgId: true },
  });
  return organizationMembers(tx, orgId);
}

export interface InterestKinds {
  bookmarked?: boolean;
  asked?: boolean;
  invited?: boolean;
  /** A draft, or a submitted proposal (not a withdrawn one). */
  proposal?: boolean;
  /** Only a draft: a reminder is for those who have not submitted yet. */
  draft?: boolean;
}

async function vendorOrgsOf(tx: Tx, requirementId: string, kinds: InterestKinds) {
  const statuses = kinds.proposal ? (["DRAFT", "SUBMITTED"] as const) : (["DRAFT"] as const);
  const [proposals, invitations] = await Promise.all([
    kinds.proposal || kinds.draft
      ? tx.proposal.findMany({
          where: { requirementId, status: { in: [...statuses] } },
          select: { vendorOrgId: true },
        })
      : [],
    kinds.invited
      ? tx.bidInvitation.findMany({ where: { requirementId }, select: { vendorOrgId: true } })
      : [],
  ]);
  return [...proposals, ...invitations].map((row) => row.vendorOrgId);
}

/**
 * The vendor users who follow a requirement in one of the given ways: bookmarked it or asked a
 * question (those users), or whose organization was invited or holds a proposal (its members).
 */
export async function interestedVendors(
  tx: Tx,
  requirementId: string,
  kinds: InterestKinds,
): Promise<string[]> {
  const [bookmarks, askers, orgIds] = await Promise.all([
    kinds.bookmarked
      ? tx.bookmark.findMany({ where: { requirementId }, select: { userId: true } })
      : [],
    kinds.asked
      ? tx.question.findMany({ where: { requirementId }, select: { askedById: true } })
      : [],
    vendorOrgsOf(tx, requirementId, kinds),
  ]);
  const members = orgIds.length
    ? await tx.membership.findMany({
        where: { orgId: { in: [...new Set(orgIds)] } },
        select: { userId: true },
      })
    : [];
  return [
    ...bookmarks.map((row) => row.userId),
    ...askers.flatMap((row) => (row.askedById ? [row.askedById] : [])),
    ...members.map((row) => row.userId),
  ];
}

/**
 * The members of the vendors whose proposal for the requirement is in one of `statuses`: the
 * bidders told of an opening or an outcome, each only of its own.
 */
export async function biddersWithStatus(
  tx: Tx,
  requirementId: string,
  statuses: readonly ProposalStatus[],
): Promise<string[]> {
  const rows = await tx.membership.findMany({
    where: {
      organization: { proposals: { some: { requirementId, status: { in: [...statuses] } } } },
    },
    select: { userId: true },
  });
  return rows.map((row) => row.userId);
}

/** The members of the vendor the requirement was awarded to (none before the award). */
export async function awardedVendorMembers(tx: Tx, requirementId: string): Promise<string[]> {
  const award = await tx.award.findUnique({
    where: { requirementId },
    select: { proposal: { select: { vendorOrgId: true } } },
  });
  return award ? organizationMembers(tx, award.proposal.vendorOrgId) : [];
}
