import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireVendorMember } from "@/lib/auth/guards";
import { DomainError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { receiptRefSchema, type ReceiptRef } from "./proposal.schema";
import { RECEIPT_SELECT, receiptOf, type ProposalReceipt } from "./receipt";

/** The receipt of one of the actor's vendor organization's submitted versions. */
export async function getProposalReceipt(
  actor: Actor,
  input: ReceiptRef,
): Promise<ProposalReceipt> {
  const vendor = requireVendorMember(actor);
  const { requirementId, version } = parseInput(receiptRefSchema, input);
  const row = await db.proposalVersion.findFirst({
    where: { version, proposal: { requirementId, vendorOrgId: vendor.orgId } },
    select: RECEIPT_SELECT,
  });
  if (!row) throw new DomainError("NOT_FOUND", "receiptNotFound");
  return receiptOf(row);
}
