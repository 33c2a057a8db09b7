import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";

const QUEUE_LIMIT = 100;

/** The admins' moderation queue: requirements waiting for review, the longest-waiting first. */
export async function listModerationQueue(actor: Actor) {
  requireAdmin(actor);
  const where = { status: "PENDING_REVIEW" as const };
  const [requirements, total] = await Promise.all([
    db.requirement.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: QUEUE_LIMIT,
      select: {
        id: true,
        title: true,
        summary: true,
        industry: true,
        capabilities: true,
        visibility: true,
        budgetMinCny: true,
        budgetMaxCny: true,
        deadline: true,
        submittedAt: true,
        organization: { select: { id: true, name: true, verificationStatus: true } },
        createdBy: { select: { name: true } },
      },
    }),
    db.requirement.count({ where }),
  ]);
  const now = Date.now();
  return {
    total,
    requirements: requirements.map((requirement) => ({
      ...requirement,
      waitingMs: requirement.submittedAt ? now - requirement.submittedAt.getTime() : 0,
    })),
  };
}

export type ModerationQueueItem = Awaited<
  ReturnType<typeof listModerationQueue>
>["requirements"][number];
