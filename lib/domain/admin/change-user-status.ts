import "server-only";
import { db } from "@/lib/db";
import type { UserActor } from "@/lib/auth/guards";
import { DomainError } from "@/lib/domain/errors";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import type { UserStatus } from "@/lib/generated/prisma/enums";

interface StatusChange {
  userId: string;
  reason?: string;
  from: UserStatus;
  to: UserStatus;
  action: string;
  /** The error key when the user is not in `from`. */
  notInFrom: string;
  /** Suspension also ends every session the user holds. */
  revokeSessions: boolean;
}

/** Moves a user from one status to the other, with the audit event (suspend, reactivate). */
export async function changeUserStatus(admin: UserActor, change: StatusChange): Promise<void> {
  const now = new Date();
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: change.userId },
      select: { status: true, sessionsValidAfter: true, membership: { select: { orgId: true } } },
    });
    if (!user) throw new DomainError("NOT_FOUND", "userNotFound");
    const data = {
      status: change.to,
      ...(change.revokeSessions ? { sessionsValidAfter: now } : {}),
    };
    // Conditional on the status read: a concurrent change makes this one a refusal, not a repeat.
    const { count } = await tx.user.updateMany({
      where: { id: change.userId, status: change.from },
      data,
    });
    if (count === 0) throw new DomainError("INVALID_TRANSITION", change.notInFrom);
    await recordAuditEvent(tx, admin, {
      entityType: "user",
      entityId: change.userId,
      orgId: user.membership?.orgId ?? null,
      action: change.action,
      reason: change.reason ?? null,
      before: { status: user.status, sessionsValidAfter: user.sessionsValidAfter.toISOString() },
      after: {
        status: change.to,
        sessionsValidAfter: (data.sessionsValidAfter ?? user.sessionsValidAfter).toISOString(),
      },
    });
  });
}
