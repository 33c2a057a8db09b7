import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { COUNTED_PROPOSALS } from "@/lib/domain/proposals/counted-proposals";
import { parseInput } from "@/lib/validation/parse-input";
import { openedRequirement, requireEvaluationMember } from "./evaluation-access";
import { requirementRefSchema } from "./evaluation.schema";

/**
 * After opening, the owner organization reads every submitted proposal's latest version: the
 * vendor's name, price, delivery, team, attachments and the receipt digest the vendor holds.
 * Withdrawn proposals and drafts are never read.
 */
export async function listOpenedProposals(actor: Actor, input: { requirementId: string }) {
  const member = requireEvaluationMember(actor);
  const { requirementId } = parseInput(requirementRefSchema, input);
  await openedRequirement(db, member, requirementId);
  const proposals = await db.proposal.findMany({
    where: { requirementId, status: { in: [...COUNTED_PROPOSALS] } },
    orderBy: { submittedAt: "asc" },
    include: {
      vendor: { select: { id: true, name: true } },
      versions: {
        orderBy: { version: "desc" },
        take: 1,
        include: {
          attachments: { include: { attachment: { include: { file: true } } } },
        },
      },
    },
  });
  return proposals.map(({ versions, vendor, ...proposal }) => {
    const latest = versions[0]!;
    return {
      id: proposal.id,
      status: proposal.status,
      submittedAt: proposal.submittedAt,
      vendor,
      version: latest.version,
      digest: latest.digest,
      priceCny: latest.priceCny,
      deliveryMonths: latest.deliveryMonths,
      team: latest.team as { role: string; count: number }[],
      summary: latest.summary,
      attachments: latest.attachments.map((a) => ({
        id: a.attachment.id,
        name: a.attachment.file.originalName,
        sizeBytes: a.attachment.file.sizeBytes,
      })),
    };
  });
}

export type OpenedProposal = Awaited<ReturnType<typeof listOpenedProposals>>[number];
