import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { databaseNow, effectiveStatus } from "@/lib/domain/requirements/open-for-proposals";
import { requirementSummarySelect } from "@/lib/domain/requirements/requirement-summary";
import { visibleRequirementsWhere } from "@/lib/domain/requirements/visibility";
import { offsetWindow } from "@/lib/paging/offset-page";
import { parseInput } from "@/lib/validation/parse-input";
import { listBookmarksSchema } from "./bookmark.schema";
import { requireVendorMember } from "@/lib/auth/guards";

/**
 * The vendor member's bookmarked requirements, most recently bookmarked first, a page at a time,
 * each with the status a reader sees. A requirement they may no longer see (taken down, made
 * invitation-only) is left out and only counted (`hiddenCount`); its bookmark stays, and
 * shows again if the requirement does.
 */
export async function listBookmarks(actor: Actor, input: z.input<typeof listBookmarksSchema>) {
  const member = requireVendorMember(actor);
  const { page, pageSize } = parseInput(listBookmarksSchema, input);
  const mine = { userId: member.userId };
  const shown = { ...mine, requirement: visibleRequirementsWhere(member) };
  const [all, total, now] = await Promise.all([
    db.bookmark.count({ where: mine }),
    db.bookmark.count({ where: shown }),
    databaseNow(),
  ]);
  const { page: current, pageCount, skip, take } = offsetWindow(page, total, pageSize);
  const rows = await db.bookmark.findMany({
    where: shown,
    orderBy: [{ createdAt: "desc" }, { requirementId: "desc" }],
    skip,
    take,
    select: { createdAt: true, requirement: { select: requirementSummarySelect } },
  });
  const items = rows.map(({ createdAt, requirement }) => ({
    bookmarkedAt: createdAt,
    requirement: { ...requirement, status: effectiveStatus(requirement, now) },
  }));
  return { items, total, hiddenCount: all - total, page: current, pageCount };
}

export type BookmarkList = Awaited<ReturnType<typeof listBookmarks>>;
