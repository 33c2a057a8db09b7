import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/domain/notifications/notify";
import { COUNTED_PROPOSALS } from "./counted-proposals";

/**
 * The vendor gets its receipt; the enterprise, on a new bidder only, how many proposals are in —
 * never whose, and nothing of a revision (which would tell who is active).
 */
export async function notifyProposalSubmitted(
  tx: Prisma.TransactionClient,
  submitted: { requirementId: string; vendorOrgId: string; version: number },
): Promise<void> {
  await notify(tx, { type: "proposal.receipt", ...submitted });
  if (submitted.version !== 1) return;
  const count = await tx.proposal.count({
    where: { requirementId: submitted.requirementId, status: { in: [...COUNTED_PROPOSALS] } },
  });
  await notify(tx, { type: "proposal.received", requirementId: submitted.requirementId, count });
}
