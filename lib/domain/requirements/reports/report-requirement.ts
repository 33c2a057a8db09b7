import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { DomainError, notFound } from "@/lib/domain/errors";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import type { RequestOrigin } from "@/lib/security/client-ip";
import { limit } from "@/lib/security/rate-limits";
import { parseInput } from "@/lib/validation/parse-input";
import { visibleRequirementsWhere } from "../visibility";
import { reportRequirementSchema, type ReportRequirementInput } from "./report-requirement.schema";

/**
 * A signed-in user reports a requirement they can see; it joins the admins' report queue. One
 * open report per user and requirement: a second one is refused until the first is handled, and
 * a user (or an IP) files only so many an hour.
 */
export async function reportRequirement(
  actor: Actor,
  input: ReportRequirementInput,
  origin: RequestOrigin,
) {
  const user = requireUser(actor);
  const report = parseInput(reportRequirementSchema, input);
  await limit("tooManyRequests", ["reportUser", user.userId], ["reportIp", origin.ip]);
  return db.$transaction(async (tx) => {
    const requirement = await tx.requirement.findFirst({
      where: { AND: [{ id: report.requirementId }, visibleRequirementsWhere(user)] },
      select: { id: true },
    });
    if (!requirement) throw notFound("Requirement");
    // Serializes one user's reports on one requirement, so a double submit files one report.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`report:${user.userId}:${requirement.id}`}))`;
    const open = await tx.report.count({
      where: { requirementId: requirement.id, reporterId: user.userId, status: "OPEN" },
    });
    if (open > 0) throw new DomainError("CONFLICT", "alreadyReported");
    const created = await tx.report.create({
      data: {
        requirementId: requirement.id,
        reporterId: user.userId,
        reason: report.reason,
        details: report.details ?? "",
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, user, {
      entityType: "report",
      entityId: created.id,
      action: "report.file",
      reason: report.details ?? null,
      after: { status: "OPEN", reason: report.reason, requirementId: requirement.id },
    });
    return { reportId: created.id };
  });
}
