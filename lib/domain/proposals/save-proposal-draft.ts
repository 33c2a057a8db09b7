import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireVendorMember, type MemberActor } from "@/lib/auth/guards";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/parse-input";
import { assertVendorMayChange, openProposalWrite } from "./open-proposal-write";
import type { ProposalDraft } from "./proposal-content.schema";
import { saveProposalDraftSchema, type SaveProposalDraftInput } from "./proposal.schema";
import { PROPOSAL_TRANSACTION } from "./proposal-transaction";

type Tx = Prisma.TransactionClient;

/**
 * A vendor member saves the working copy of its proposal (creating the proposal on the first
 * save), any number of times until the deadline. A submitted proposal stays SUBMITTED with its
 * last version: the saved changes count only once submitted again (a revision).
 */
export async function saveProposalDraft(
  actor: Actor,
  input: SaveProposalDraftInput,
): Promise<{ proposalId: string }> {
  const vendor = requireVendorMember(actor);
  const { requirementId, content } = parseInput(saveProposalDraftSchema, input);
  return db.$transaction(async (tx) => {
    const { proposal } = await openProposalWrite(tx, vendor, requirementId, { create: true });
    assertVendorMayChange(proposal);
    await writeDraft(tx, vendor, proposal.id, content);
    return { proposalId: proposal.id };
  }, PROPOSAL_TRANSACTION);
}

/** Stores the draft, keeping only the vendor's own case studies (ids of others are dropped). */
export async function writeDraft(
  tx: Tx,
  vendor: MemberActor,
  proposalId: string,
  content: ProposalDraft,
): Promise<ProposalDraft> {
  const own = await tx.caseStudy.findMany({
    where: { id: { in: content.caseStudyIds }, orgId: vendor.orgId },
    select: { id: true },
  });
  const ownIds = new Set(own.map((c) => c.id));
  const draft = { ...content, caseStudyIds: content.caseStudyIds.filter((id) => ownIds.has(id)) };
  await tx.proposal.update({ where: { id: proposalId }, data: { draft } });
  return draft;
}
