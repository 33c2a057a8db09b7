import { db } from "@/lib/db";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { createBiddingScene, submittedProposal } from "./proposals";
import { PDF_BYTES } from "./attachment-files";

const pastDays = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000);

/**
 * The bidding cast with a requirement already AWARDED to `vendor` (its submitted proposal, priced
 * 1 000 000, holds the Award row), as the evaluation issue leaves it. The deadline has passed.
 */
export async function createAwardedCast(status: RequirementStatus = "AWARDED") {
  const cast = await createBiddingScene({ status, deadline: pastDays(10) });
  const proposal = await submittedProposal(cast.requirement.id, cast.vendor.org.id);
  await db.proposal.update({ where: { id: proposal.id }, data: { status: "AWARDED" } });
  const award = await db.award.create({
    data: { requirementId: cast.requirement.id, proposalId: proposal.id },
  });
  return { ...cast, proposal, award };
}

export const signedPdf = () =>
  new File([new Uint8Array(PDF_BYTES)], "合同.pdf", { type: "application/pdf" });

export const signingInput = (requirementId: string) => ({
  requirementId,
  contractNumber: "HT-2026-001",
  amountCny: 980_000,
  signedOn: "2026-11-20",
  document: signedPdf(),
});

export const completionInput = (requirementId: string) => ({
  requirementId,
  acceptanceNotes: "系统已通过验收，准确率达标。",
  rating: 4,
  ratingComment: "交付及时，沟通顺畅。",
});
