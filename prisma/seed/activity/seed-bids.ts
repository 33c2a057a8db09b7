import type { DemoActivity } from "../demo-activity.schema";
import type { SeedIds, Tx } from "./seed-ids";

type ProposalSeed = DemoActivity["proposals"][number];
type QuestionSeed = DemoActivity["questions"][number];

/** Creates the bid invitations, the proposals (one version each) and the vendors' questions. */
export async function seedBids(tx: Tx, ids: SeedIds, activity: DemoActivity): Promise<void> {
  for (const { requirement, vendor } of activity.invitations) {
    await tx.bidInvitation.create({
      data: { requirementId: ids.requirement(requirement), vendorOrgId: ids.org(vendor) },
    });
  }
  for (const proposal of activity.proposals) await seedProposal(tx, ids, proposal);
  for (const question of activity.questions) await seedQuestion(tx, ids, question);
}

async function seedProposal(tx: Tx, ids: SeedIds, p: ProposalSeed): Promise<void> {
  const proposal = await tx.proposal.create({
    data: {
      requirementId: ids.requirement(p.requirement),
      vendorOrgId: ids.org(p.vendor),
      status: p.status,
      submittedAt: p.status !== "DRAFT" ? new Date() : null,
      withdrawnAt: p.status === "WITHDRAWN" ? new Date() : null,
      versions: {
        create: {
          version: 1,
          priceCny: p.priceCny,
          summary: p.summary,
          approach: p.approach,
          deliveryMonths: p.deliveryMonths ?? null,
          createdById: ids.ownerOf(p.vendor),
        },
      },
    },
  });
  ids.addProposal(p.requirement, p.vendor, proposal.id);
}

async function seedQuestion(tx: Tx, ids: SeedIds, q: QuestionSeed): Promise<void> {
  const requirementId = ids.requirement(q.requirement);
  const ownerId = await requirementOwnerId(tx, requirementId);
  await tx.question.create({
    data: {
      requirementId,
      vendorOrgId: ids.org(q.vendor),
      askedById: ids.ownerOf(q.vendor),
      body: q.question,
      answer: q.answer,
      answeredAt: q.answer ? new Date() : null,
      answeredById: q.answer ? ownerId : null,
    },
  });
}

/** The requirement's organization owner, who answers its questions (null when it has none). */
async function requirementOwnerId(tx: Tx, requirementId: string): Promise<string | null> {
  const { orgId } = await tx.requirement.findUniqueOrThrow({
    where: { id: requirementId },
    select: { orgId: true },
  });
  const owner = await tx.membership.findFirst({ where: { orgId, role: "OWNER" } });
  return owner?.userId ?? null;
}
