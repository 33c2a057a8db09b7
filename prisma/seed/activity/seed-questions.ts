import type { DemoActivity } from "../demo-activity.schema";
import type { DemoTimeline } from "./demo-timeline";
import { counter } from "./seed-bids";
import type { SeedIds, Tx } from "./seed-ids";

type QuestionSeed = DemoActivity["questions"][number];

/**
 * Creates the vendors' questions (each organization keeping one letter per requirement, in order
 * of its first question), the published ones' clarifications, and the enterprises' addenda.
 */
export async function seedQuestions(
  tx: Tx,
  ids: SeedIds,
  activity: DemoActivity,
  timeline: DemoTimeline,
): Promise<void> {
  const nthQuestion = counter();
  const askers = new Map<string, string[]>();
  for (const question of activity.questions) {
    const seen = askers.get(question.requirement) ?? [];
    if (!seen.includes(question.vendor)) seen.push(question.vendor);
    askers.set(question.requirement, seen);
    const ordinal = seen.indexOf(question.vendor) + 1;
    await seedQuestion(tx, ids, question, ordinal, timeline, nthQuestion(question.requirement));
  }
  const nthAddendum = counter();
  for (const addendum of activity.addenda) {
    const requirementId = ids.requirement(addendum.requirement);
    await tx.clarification.create({
      data: {
        requirementId,
        body: addendum.text,
        publishedById: await requirementOwnerId(tx, requirementId),
        publishedAt: await timeline.addendumAt(requirementId, nthAddendum(addendum.requirement)),
      },
    });
  }
}

async function seedQuestion(
  tx: Tx,
  ids: SeedIds,
  q: QuestionSeed,
  askerOrdinal: number,
  timeline: DemoTimeline,
  n: number,
): Promise<void> {
  const requirementId = ids.requirement(q.requirement);
  const ownerId = await requirementOwnerId(tx, requirementId);
  const { asked, answered } = await timeline.questionAt(requirementId, n);
  const question = await tx.question.create({
    data: {
      requirementId,
      vendorOrgId: ids.org(q.vendor),
      askedById: ids.ownerOf(q.vendor),
      body: q.question,
      askerOrdinal,
      createdAt: asked,
      answer: q.answer,
      answeredAt: q.answer ? answered : null,
      answeredById: q.answer ? ownerId : null,
    },
  });
  if (q.published && q.answer) {
    await tx.clarification.create({
      data: {
        requirementId,
        questionId: question.id,
        questionText: q.question,
        body: q.answer,
        askerOrdinal,
        publishedById: ownerId,
        publishedAt: answered,
      },
    });
  }
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
