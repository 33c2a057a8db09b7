import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listReports } from "@/lib/domain/requirements/reports/list-reports";
import { reportRequirement } from "@/lib/domain/requirements/reports/report-requirement";
import { resolveReport } from "@/lib/domain/requirements/reports/resolve-report";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { ALL_ROLES, createCast, createUser, type Role } from "@/tests/helpers/actors";
import { createRequirement } from "@/tests/helpers/factories";
import { outcomeOf, type Outcome } from "@/tests/helpers/requirement-transitions";
import { unknownOrigin } from "@/tests/helpers/origin";

setUpTestDatabase();

const misleading = (requirementId: string) => ({
  requirementId,
  reason: "MISLEADING" as const,
  details: "预算与描述不符",
});

async function castWithOpenReport() {
  const cast = await createCast("VENDOR");
  const requirement = await createRequirement();
  const reporter = await createUser();
  const { reportId } = await reportRequirement(
    reporter.actor,
    misleading(requirement.id),
    unknownOrigin,
  );
  return { ...cast, requirement, reporter, reportId };
}

describe("who may do what", () => {
  const signedIn: Record<Role, Outcome> = {
    visitor: "UNAUTHENTICATED",
    member: "allowed",
    owner: "allowed",
    otherOwner: "allowed",
    admin: "allowed",
  };
  it.each(ALL_ROLES)("report a listing: %s", async (role) => {
    const cast = await createCast("VENDOR");
    const requirement = await createRequirement();
    const outcome = await outcomeOf(() =>
      reportRequirement(cast.roles[role], misleading(requirement.id), unknownOrigin),
    );
    expect(outcome).toBe(signedIn[role]);
    expect(await db.report.count()).toBe(outcome === "allowed" ? 1 : 0);
  });

  const adminOnly: Record<Role, Outcome> = {
    visitor: "UNAUTHENTICATED",
    member: "FORBIDDEN",
    owner: "FORBIDDEN",
    otherOwner: "FORBIDDEN",
    admin: "allowed",
  };
  it.each(ALL_ROLES)("list the reports: %s", async (role) => {
    const cast = await castWithOpenReport();
    expect(await outcomeOf(() => listReports(cast.roles[role]))).toBe(adminOnly[role]);
  });

  it.each(ALL_ROLES)("resolve a report: %s", async (role) => {
    const cast = await castWithOpenReport();
    const outcome = await outcomeOf(() =>
      resolveReport(cast.roles[role], {
        reportId: cast.reportId,
        outcome: "DISMISSED",
        resolution: "信息属实",
      }),
    );
    expect(outcome).toBe(adminOnly[role]);
    const report = await db.report.findUniqueOrThrow({ where: { id: cast.reportId } });
    expect(report.status).toBe(outcome === "allowed" ? "DISMISSED" : "OPEN");
  });
});

describe("reporting a listing", () => {
  it("files one open report per user and requirement", async () => {
    const requirement = await createRequirement();
    const { actor } = await createUser();
    await reportRequirement(actor, misleading(requirement.id), unknownOrigin);
    await expect(
      reportRequirement(actor, misleading(requirement.id), unknownOrigin),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "alreadyReported",
    });
    const other = await createUser();
    await reportRequirement(other.actor, misleading(requirement.id), unknownOrigin);
    expect(await db.report.count({ where: { requirementId: requirement.id } })).toBe(2);
  });

  it("files one report when the same user sends it twice at once", async () => {
    const requirement = await createRequirement();
    const { actor } = await createUser();
    const results = await Promise.allSettled(
      [1, 2].map(() => reportRequirement(actor, misleading(requirement.id), unknownOrigin)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.report.count()).toBe(1);
  });

  it("may report again once the first report was handled", async () => {
    const cast = await castWithOpenReport();
    await resolveReport(cast.roles.admin, {
      reportId: cast.reportId,
      outcome: "RESOLVED",
      resolution: "已联系发布方更正",
    });
    await reportRequirement(cast.reporter.actor, misleading(cast.requirement.id), unknownOrigin);
    expect(await db.report.count({ where: { status: "OPEN" } })).toBe(1);
  });

  it("needs details when the reason is “other”, and a reason from the list", async () => {
    const requirement = await createRequirement();
    const { actor } = await createUser();
    await expect(
      reportRequirement(actor, { requirementId: requirement.id, reason: "OTHER" }, unknownOrigin),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { details: ["required"] } });
    await expect(
      reportRequirement(
        actor,
        { requirementId: requirement.id, reason: "SPAM" as never },
        unknownOrigin,
      ),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { reason: ["choose"] } });
  });

  it("cannot report a requirement the user cannot see", async () => {
    const draft = await createRequirement({ status: "DRAFT" });
    const { actor } = await createUser();
    await expect(
      reportRequirement(actor, misleading(draft.id), unknownOrigin),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("the report queue", () => {
  it("lists open reports the longest-waiting first, with the listing and the reporter", async () => {
    const cast = await castWithOpenReport();
    const later = await createUser();
    await reportRequirement(later.actor, misleading(cast.requirement.id), unknownOrigin);
    const { total, reports } = await listReports(cast.roles.admin);
    expect(total).toBe(2);
    expect(reports.map((r) => r.reporter?.name)).toEqual([
      cast.reporter.user.name,
      later.user.name,
    ]);
    expect(reports[0]).toMatchObject({
      reason: "MISLEADING",
      details: "预算与描述不符",
      requirement: { id: cast.requirement.id, title: cast.requirement.title },
    });
    expect(reports[0]!.waitingMs).toBeGreaterThanOrEqual(0);
  });

  it("closes a report once, with the resolution and an audit event", async () => {
    const cast = await castWithOpenReport();
    const decision = {
      reportId: cast.reportId,
      outcome: "RESOLVED" as const,
      resolution: "已下架该需求",
    };
    await resolveReport(cast.roles.admin, decision);
    await expect(resolveReport(cast.roles.admin, decision)).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
      message: "reportAlreadyResolved",
    });
    const resolved = await listReports(cast.roles.admin, { status: "RESOLVED" });
    expect(resolved.reports).toMatchObject([
      { id: cast.reportId, resolution: "已下架该需求", resolvedBy: { name: cast.admin.user.name } },
    ]);
    expect((await listReports(cast.roles.admin)).total).toBe(0);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "report.resolve" } });
    expect(event).toMatchObject({
      entityId: cast.reportId,
      actorUserId: cast.admin.user.id,
      reason: "已下架该需求",
      before: { status: "OPEN" },
      after: { status: "RESOLVED" },
    });
  });

  it("needs a resolution", async () => {
    const cast = await castWithOpenReport();
    await expect(
      resolveReport(cast.roles.admin, {
        reportId: cast.reportId,
        outcome: "DISMISSED",
        resolution: "",
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { resolution: ["required"] } });
  });
});
