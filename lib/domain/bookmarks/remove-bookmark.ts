import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/validation/parse-input";
import { bookmarkTargetSchema, type BookmarkTarget } from "./bookmark.schema";
import { requireVendorMember } from "@/lib/auth/guards";

/**
 * A vendor member removes their own bookmark; removing one that is not there changes nothing.
 * Works whether or not the requirement is still visible, so nothing is left that cannot go.
 */
export async function removeBookmark(actor: Actor, input: BookmarkTarget): Promise<void> {
  const member = requireVendorMember(actor);
  const { requirementId } = parseInput(bookmarkTargetSchema, input);
  await db.bookmark.deleteMany({ where: { userId: member.userId, requirementId } });
}
