import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import type { MemberActor } from "@/lib/auth/guards";
import { DomainError, notFound } from "@/lib/domain/errors";
import { visibleRequirementsWhere } from "@/lib/domain/requirements/visibility";
import {
  lockOpenRequirement,
  type LockedRequirement,
} from "@/lib/domain/requirements/transitions/lock-requirement";

type Tx = Prisma.TransactionClient;

export interface LockedProposal {
  id: string;
  status: ProposalStatus;
  currentVersion: number | null;
}

export const proposalNotFound = () => new DomainError("NOT_FOUND", "proposalNotFound");

/**
 * The start of every write to a vendor's proposal, inside its transaction: the requirement is
 * one the vendor may see, it is open by the database's clock (the one deadline rule, holding a
 * share lock until the write commits), and the vendor's own proposal is row-locked, created
 * first when `create` (the unique constraint makes a concurrent creation the same row).
 */
export async function openProposalWrite(
  tx: Tx,
  vendor: MemberActor,
  requirementId: string,
  { create }: { create: boolean },
): Promise<{ requirement: LockedRequirement; proposal: LockedProposal }> {
  const visible = await tx.requirement.findFirst({
    where: { AND: [{ id: requirementId }, visibleRequirementsWhere(vendor)] },
    select: { id: true },
  });
  if (!visible) throw notFound("Requirement");
  const requirement = await lockOpenRequirement(tx, requirementId);
  if (create) {
    await tx.proposal.createMany({
      data: [{ requirementId, vendorOrgId: vendor.orgId }],
      skipDuplicates: true,
    });
  }
  const [proposal] = await tx.$queryRaw<LockedProposal[]>`
    SELECT id, status::text AS status, "currentVersion" FROM "Proposal"
    WHERE "requirementId" = ${requirementId} AND "vendorOrgId" = ${vendor.orgId} FOR UPDATE`;
  if (!proposal) throw proposalNotFound();
  return { requirement, proposal };
}

/** The states a vendor may still change: before the evaluation has decided anything. */
export function assertVendorMayChange(proposal: LockedProposal): void {
  if (!["DRAFT", "SUBMITTED", "WITHDRAWN"].includes(proposal.status)) {
    throw new DomainError("CONFLICT", "proposalDecided");
  }
}
