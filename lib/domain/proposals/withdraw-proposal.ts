import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireVendorMember } from "@/lib/auth/guards";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { DomainError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { openProposalWrite } from "./open-proposal-write";
import { PROPOSAL_ACTIONS } from "./proposal-actions";
import { requirementRefSchema, type RequirementRef } from "./proposal.schema";
import { PROPOSAL_TRANSACTION } from "./proposal-transaction";

/**
 * A vendor member withdraws its submitted proposal before the deadline. Its versions stay (they
 * are the record of what was submitted) and so does the draft: it may be submitted again.
 */
export async function withdrawProposal(actor: Actor, input: RequirementRef): Promise<void> {
  const vendor = requireVendorMember(actor);
  const { requirementId } = parseInput(requirementRefSchema, input);
  await db.$transaction(async (tx) => {
    const { requirement, proposal } = await openProposalWrite(tx, vendor, requirementId, {
      create: false,
    });
    if (proposal.status !== "SUBMITTED") {
      throw new DomainError("CONFLICT", "proposalNotSubmitted");
    }
    await tx.proposal.update({
      where: { id: proposal.id },
      data: { status: "WITHDRAWN", withdrawnAt: requirement.dbNow },
    });
    await recordAuditEvent(tx, vendor, {
      entityType: "proposal",
      entityId: proposal.id,
      orgId: vendor.orgId,
      action: PROPOSAL_ACTIONS.withdraw,
      after: { version: proposal.currentVersion },
    });
  }, PROPOSAL_TRANSACTION);
}
