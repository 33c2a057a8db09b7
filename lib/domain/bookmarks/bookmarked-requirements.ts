import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/validation/parse-input";
import { bookmarkedIdsSchema } from "./bookmark.schema";
import { isVendorMember } from "@/lib/auth/guards";

/**
 * Which of `requirementIds` the actor has bookmarked, for marking cards on a page. Anyone who
 * cannot bookmark has bookmarked nothing (an empty list, not a refusal), so a page may ask for
 * every reader.
 */
export async function bookmarkedRequirementIds(
  actor: Actor,
  input: z.input<typeof bookmarkedIdsSchema>,
): Promise<string[]> {
  const { requirementIds } = parseInput(bookmarkedIdsSchema, input);
  if (actor.kind !== "user" || !isVendorMember(actor) || requirementIds.length === 0) return [];
  const rows = await db.bookmark.findMany({
    where: { userId: actor.userId, requirementId: { in: requirementIds } },
    select: { requirementId: true },
  });
  return rows.map((row) => row.requirementId);
}

/** Whether the actor has bookmarked the requirement (the requirement page's toggle). */
export async function isBookmarked(
  actor: Actor,
  input: { requirementId: string },
): Promise<boolean> {
  const ids = await bookmarkedRequirementIds(actor, { requirementIds: [input.requirementId] });
  return ids.length > 0;
}
