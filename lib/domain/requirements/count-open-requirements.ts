import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { adminOrPlatform } from "@/lib/auth/guards";
import { StampedCache } from "@/lib/domain/matching/stamped-cache";
import type { MemoValidity } from "@/lib/search/search-memo";
import type { DbNow } from "./open-for-proposals";
import { privatelyVisibleOpenIds } from "./privately-visible";
import { publishedRequirementsStamp } from "./published-stamp";

/**
 * The deadlines of the PUBLISHED requirements, ascending (no deadline as +∞), of the public ones
 * and of all: how many are open at any instant is a binary search, so a deadline passing (no
 * write) is counted at once, and the list is rebuilt only when the published stamp moves.
 */
interface PublishedDeadlines {
  public: number[];
  all: number[];
}

async function loadPublishedDeadlines(): Promise<PublishedDeadlines> {
  const rows = await db.$queryRaw<{ deadline: Date | null; public: boolean }[]>`
    SELECT deadline, visibility = 'PUBLIC' AS public FROM "Requirement" WHERE status = 'PUBLISHED'`;
  const at = (row: { deadline: Date | null }) => row.deadline?.getTime() ?? Infinity;
  const ascending = (a: number, b: number) => a - b;
  return {
    public: rows
      .filter((row) => row.public)
      .map(at)
      .sort(ascending),
    all: rows.map(at).sort(ascending),
  };
}

// Per process, but never stale: every request reads the stamp, so two instances on one
// database count alike (docs/scaling.md), and a publication shows on the next request.
const deadlines = new StampedCache(publishedRequirementsStamp, loadPublishedDeadlines);

/** How many of the ascending `deadlines` are still ahead of `now` (open for proposals). */
const countAfter = (deadlines: number[], now: DbNow) =>
  deadlines.length - firstAfter(deadlines, now);

/** The first index of the ascending `deadlines` still ahead of `now`. */
function firstAfter(deadlines: number[], now: DbNow): number {
  const at = now.getTime();
  let low = 0;
  let high = deadlines.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (deadlines[middle]! > at) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * How long, from `now`, which requirements are open holds: while the published stamp stays the
 * same and until the first deadline of a published requirement after `now` (+∞ when none).
 * Until then only a write that moves the stamp can change it.
 */
export async function openRequirementsValidity(now: DbNow): Promise<MemoValidity> {
  const { stamp, value } = await deadlines.getStamped();
  return { stamp, from: now.getTime(), until: value.all[firstAfter(value.all, now)] ?? Infinity };
}

/**
 * Open requirements as the actor sees them (visibility.ts ∩ open-for-proposals.ts): the public
 * ones, all for admins, and for a member of an organization the public ones and those it sees
 * privately (its own, its invitations). Once per page render (the home page asks twice).
 */
export const countOpenRequirements = cache(async (actor: Actor, now: DbNow): Promise<number> => {
  const published = await deadlines.get();
  if (adminOrPlatform.can(actor)) return countAfter(published.all, now);
  const open = countAfter(published.public, now);
  if (actor.kind !== "user" || !actor.orgId) return open;
  return open + (await privatelyVisibleOpenIds(actor.orgId, now)).size;
});
