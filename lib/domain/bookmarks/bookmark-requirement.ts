import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/domain/errors";
import { visibleRequirementsWhere } from "@/lib/domain/requirements/visibility";
import { parseInput } from "@/lib/validation/parse-input";
import { bookmarkTargetSchema, type BookmarkTarget } from "./bookmark.schema";
import { requireVendorMember } from "@/lib/auth/guards";

/**
 * A vendor member bookmarks a requirement they may see (another is "not found", so ids reveal
 * nothing). Bookmarking it again changes nothing. Not audited: a bookmark is a private note that
 * affects no one else.
 */
export async function bookmarkRequirement(actor: Actor, input: BookmarkTarget): Promise<void> {
  const member = requireVendorMember(actor);
  const { requirementId } = parseInput(bookmarkTargetSchema, input);
  const visible = await db.requirement.findFirst({
    where: { AND: [{ id: requirementId }, visibleRequirementsWhere(member)] },
    select: { id: true },
  });
  if (!visible) throw new DomainError("NOT_FOUND", "requirementUnavailable");
  // ON CONFLICT DO NOTHING: a double click (two requests at once) stays one bookmark, no error.
  await db.bookmark.createMany({
    data: [{ userId: member.userId, requirementId }],
    skipDuplicates: true,
  });
}
