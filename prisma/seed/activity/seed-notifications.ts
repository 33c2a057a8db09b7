import { notify } from "@/lib/domain/notifications/notify";
import { recommendRequirements } from "@/lib/domain/matching/recommend-requirements";
import type { Tx } from "./seed-ids";

const ENTERPRISE = "csg@zhipei.demo";
const VENDOR = "damo@zhipei.demo";

async function memberOf(tx: Tx, email: string) {
  const user = await tx.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, membership: { select: { orgId: true } } },
  });
  return { userId: user.id, orgId: user.membership!.orgId };
}

/** The enterprise hears of an approval, a question and the count of proposals on its requirements. */
async function enterpriseNotices(tx: Tx) {
  const { userId, orgId } = await memberOf(tx, ENTERPRISE);
  const requirements = await tx.requirement.findMany({
    where: { orgId, status: "PUBLISHED" },
    orderBy: { publishedAt: "desc" },
    select: { id: true, _count: { select: { questions: true, proposals: true } } },
  });
  const [first, ...others] = requirements;
  if (first) await notify(tx, { type: "requirement.approved", requirementId: first.id });
  const asked = others.find((r) => r._count.questions > 0) ?? first;
  if (asked) await notify(tx, { type: "question.asked", requirementId: asked.id });
  const bidOn = requirements.find((r) => r._count.proposals > 0);
  if (bidOn) {
    const count = await tx.proposal.count({
      where: { requirementId: bidOn.id, status: "SUBMITTED" },
    });
    await notify(tx, { type: "proposal.received", requirementId: bidOn.id, count });
  }
  return userId;
}

/** The vendor hears of requirements that fit it (with the feed's reasons) and a saved search's hit. */
async function vendorNotices(tx: Tx) {
  const { userId, orgId } = await memberOf(tx, VENDOR);
  const feed = await recommendRequirements(
    { kind: "system", name: "seed" },
    { vendorId: orgId, limit: 3 },
  );
  for (const item of feed.items) {
    await notify(tx, {
      type: "requirement.recommended",
      requirementId: item.requirement.id,
      vendorOrgId: orgId,
      contributions: item.contributions,
    });
  }
  const search = await tx.savedSearch.create({
    data: { userId, name: "电网 大模型", query: { q: "大模型", industry: ["power-grid"] } },
    select: { id: true, name: true },
  });
  const hit = await tx.requirement.findFirst({
    where: {
      status: "PUBLISHED",
      visibility: "PUBLIC",
      industry: "power-grid",
      // One notice per requirement and user: a recommended one would not be announced again.
      id: { notIn: feed.items.map((item) => item.requirement.id) },
    },
    orderBy: { publishedAt: "desc" },
    select: { id: true },
  });
  if (hit) {
    await notify(tx, {
      type: "savedSearch.hits",
      requirementId: hit.id,
      userId,
      savedSearchId: search.id,
      name: search.name,
    });
  }
  return userId;
}

/** The oldest half of a user's notices were read, the rest wait unread. */
async function readOlderHalf(tx: Tx, userId: string) {
  const notices = await tx.notification.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  const read = notices.slice(0, Math.floor(notices.length / 2)).map((n) => n.id);
  await tx.notification.updateMany({ where: { id: { in: read } }, data: { readAt: new Date() } });
}

/**
 * The demo accounts' notifications, through the real `notify`: in-app notices of several types
 * (some read) and the outbox email they cause, which the demo's worker delivers to its mail sink.
 */
export async function seedNotifications(tx: Tx): Promise<void> {
  for (const userId of [await enterpriseNotices(tx), await vendorNotices(tx)]) {
    await readOlderHalf(tx, userId);
  }
}
