import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { parseInput } from "@/lib/validation/parse-input";
import { listReportsSchema, type ListReportsInput } from "./list-reports.schema";

const LIST_LIMIT = 100;

/**
 * The admins' report queue: open reports the longest-waiting first; handled ones (RESOLVED,
 * DISMISSED) the most recently handled first.
 */
export async function listReports(actor: Actor, input: ListReportsInput = {}) {
  requireAdmin(actor);
  const { status } = parseInput(listReportsSchema, input);
  const where = { status };
  const [reports, total] = await Promise.all([
    db.report.findMany({
      where,
      orderBy: status === "OPEN" ? [{ createdAt: "asc" }] : [{ resolvedAt: "desc" }],
      take: LIST_LIMIT,
      select: {
        id: true,
        reason: true,
        details: true,
        status: true,
        resolution: true,
        createdAt: true,
        resolvedAt: true,
        requirement: {
          select: { id: true, title: true, status: true, organization: { select: { name: true } } },
        },
        reporter: { select: { name: true, email: true } },
        resolvedBy: { select: { name: true } },
      },
    }),
    db.report.count({ where }),
  ]);
  const now = Date.now();
  return {
    total,
    reports: reports.map((report) => ({ ...report, waitingMs: now - report.createdAt.getTime() })),
  };
}

export type ReportListItem = Awaited<ReturnType<typeof listReports>>["reports"][number];
