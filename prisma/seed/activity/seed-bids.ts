import { EMPTY_DRAFT } from "@/lib/domain/proposals/proposal-content.schema";
import { proposalDigest, type VersionContent } from "@/lib/domain/proposals/receipt-digest";
import { EMPTY_VERSION_CONTENT } from "@/lib/domain/proposals/version-content";
import type { DemoActivity } from "../demo-activity.schema";
import type { DemoTimeline } from "./demo-timeline";
import type { SeedIds, Tx } from "./seed-ids";

type ProposalSeed = DemoActivity["proposals"][number];

/** How many of a requirement's proposals (or questions) came before this one. */
export function counter() {
  const seen = new Map<string, number>();
  return (requirement: string) => {
    const n = seen.get(requirement) ?? 0;
    seen.set(requirement, n + 1);
    return n;
  };
}

/** Creates the bid invitations and the proposals (one version each). */
export async function seedBids(
  tx: Tx,
  ids: SeedIds,
  activity: DemoActivity,
  timeline: DemoTimeline,
): Promise<void> {
  for (const { requirement, vendor } of activity.invitations) {
    const requirementId = ids.requirement(requirement);
    await tx.bidInvitation.create({
      data: {
        requirementId,
        vendorOrgId: ids.org(vendor),
        createdAt: await timeline.invitedAt(requirementId),
      },
    });
  }
  const nthProposal = counter();
  for (const proposal of activity.proposals) {
    await seedProposal(tx, ids, proposal, timeline, nthProposal(proposal.requirement));
  }
}

async function seedProposal(
  tx: Tx,
  ids: SeedIds,
  p: ProposalSeed,
  timeline: DemoTimeline,
  n: number,
): Promise<void> {
  const requirementId = ids.requirement(p.requirement);
  const vendorOrgId = ids.org(p.vendor);
  const at = await timeline.proposalAt(requirementId, n);
  const content: VersionContent = {
    ...EMPTY_VERSION_CONTENT,
    summary: p.summary,
    approach: p.approach,
    priceCny: p.priceCny,
    deliveryMonths: p.deliveryMonths ?? null,
  };
  const draft = {
    ...EMPTY_DRAFT,
    summary: p.summary,
    approach: p.approach,
    priceCny: p.priceCny,
    deliveryMonths: p.deliveryMonths ?? null,
  };
  // A draft is only the working copy; everything else was submitted once, as version 1.
  if (p.status === "DRAFT") {
    const proposal = await tx.proposal.create({
      data: { requirementId, vendorOrgId, createdAt: at, draft },
    });
    ids.addProposal(p.requirement, p.vendor, proposal.id);
    return;
  }
  const proposal = await tx.proposal.create({
    data: {
      requirementId,
      vendorOrgId,
      status: p.status,
      draft,
      currentVersion: 1,
      createdAt: at,
      submittedAt: at,
      withdrawnAt: p.status === "WITHDRAWN" ? await timeline.withdrawnAt(requirementId, at) : null,
      versions: {
        create: {
          version: 1,
          ...content,
          digest: proposalDigest({
            requirementId,
            vendorOrgId,
            version: 1,
            content,
            attachments: [],
          }),
          createdById: ids.ownerOf(p.vendor),
          createdAt: at,
        },
      },
    },
  });
  ids.addProposal(p.requirement, p.vendor, proposal.id);
}
