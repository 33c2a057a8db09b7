import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { DomainError } from "@/lib/domain/errors";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { parseInput } from "@/lib/validation/parse-input";
import { resolveReportSchema, type ResolveReportInput } from "./resolve-report.schema";

/**
 * An admin closes an open report with a resolution. Taking the listing down is a separate
 * decision (takeDownRequirement). Of two admins closing the same report, one succeeds.
 */
export async function resolveReport(actor: Actor, input: ResolveReportInput) {
  const admin = requireAdmin(actor);
  const decision = parseInput(resolveReportSchema, input);
  return db.$transaction(async (tx) => {
    const { count } = await tx.report.updateMany({
      where: { id: decision.reportId, status: "OPEN" },
      data: {
        status: decision.outcome,
        resolution: decision.resolution,
        resolvedById: admin.userId,
        resolvedAt: new Date(),
      },
    });
    if (count === 0) {
      const exists = await tx.report.count({ where: { id: decision.reportId } });
      throw exists
        ? new DomainError("INVALID_TRANSITION", "reportAlreadyResolved")
        : new DomainError("NOT_FOUND", "reportNotFound");
    }
    await recordAuditEvent(tx, admin, {
      entityType: "report",
      entityId: decision.reportId,
      action: decision.outcome === "RESOLVED" ? "report.resolve" : "report.dismiss",
      reason: decision.resolution,
      before: { status: "OPEN" },
      after: { status: decision.outcome },
    });
    return { reportId: decision.reportId, status: decision.outcome };
  });
}
