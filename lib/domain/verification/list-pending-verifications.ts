import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";

const QUEUE_LIMIT = 100;

/** The admins' queue: requests waiting for a decision, the longest-waiting first. */
export async function listPendingVerifications(actor: Actor) {
  requireAdmin(actor);
  const where = { status: "PENDING" as const };
  const [requests, total] = await Promise.all([
    db.verificationRequest.findMany({
      where,
      orderBy: { createdAt: "asc" },
      take: QUEUE_LIMIT,
      select: {
        id: true,
        createdAt: true,
        organization: {
          select: {
            id: true,
            name: true,
            nameEn: true,
            kind: true,
            creditCode: true,
            region: true,
          },
        },
        requestedBy: { select: { name: true, email: true } },
        licenseFile: { select: { originalName: true, contentType: true, sizeBytes: true } },
      },
    }),
    db.verificationRequest.count({ where }),
  ]);
  const now = Date.now();
  return {
    total,
    requests: requests.map((request) => ({
      ...request,
      waitingMs: now - request.createdAt.getTime(),
    })),
  };
}

export type PendingVerification = Awaited<
  ReturnType<typeof listPendingVerifications>
>["requests"][number];
