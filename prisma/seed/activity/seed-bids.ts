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
  const at = await timeline.proposalAt(requirementId, n);
  const proposal = await tx.proposal.create({
    data: {
      requirementId,
      vendorOrgId: ids.org(p.vendor),
      status: p.status,
      createdAt: at,
      submittedAt: p.status !== "DRAFT" ? at : null,
      withdrawnAt: p.status === "WITHDRAWN" ? await timeline.withdrawnAt(requirementId, at) : null,
      versions: {
        create: {
          version: 1,
          priceCny: p.priceCny,
          summary: p.summary,
          approach: p.approach,
          deliveryMonths: p.deliveryMonths ?? null,
          createdById: ids.ownerOf(p.vendor),
          createdAt: at,
        },
      },
    },
  });
  ids.addProposal(p.requirement, p.vendor, proposal.id);
}
