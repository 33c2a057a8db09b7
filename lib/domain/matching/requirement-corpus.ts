import "server-only";

import { mapInSlices } from "@/lib/async/in-slices";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { visitor } from "@/lib/auth/actor";
import { publishedRequirementsStamp } from "@/lib/domain/requirements/published-stamp";
import { visibleRequirementsWhere } from "@/lib/domain/requirements/visibility";
import type { DbNow } from "@/lib/domain/requirements/open-for-proposals";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { Idf, type TermCounts, type TermVector } from "@/lib/matching/text-vectors";
import { Postings } from "@/lib/matching/postings";
import { StampedCache } from "./stamped-cache";
import {
  loadRequirements,
  requirementsWithIds,
  type MatchableRequirement,
} from "./load-requirements";

export interface RequirementCorpus {
  /** Every PUBLISHED requirement; whether it is still open is decided per request. */
  requirements: (MatchableRequirement & { vector: TermVector })[];
  /** By the same index: 1 where anyone may see it (the others only whom visibility allows). */
  visibleToAll: Uint8Array;
  /** By the same index: its deadline in ms, +∞ without one (the scoring loop reads numbers). */
  deadlines: Float64Array;
  idf: Idf;
  postings: Postings;
  /** Each requirement's index by its id. */
  indexOf: Map<string, number>;
}

async function buildCorpus(): Promise<RequirementCorpus> {
  const [requirements, publicRows] = await Promise.all([
    loadRequirements(Prisma.sql`r.status = 'PUBLISHED'`),
    db.requirement.findMany({
      where: { AND: [{ status: "PUBLISHED" }, visibleRequirementsWhere(visitor)] },
      select: { id: true },
    }),
  ]);
  const idf = new Idf(requirements.map((r) => r.terms));
  const indexed = await mapInSlices(requirements, (r) => ({ ...r, vector: idf.vector(r.terms) }));
  const visibleToAll = new Set(publicRows.map((row) => row.id));
  return {
    requirements: indexed,
    visibleToAll: Uint8Array.from(indexed, (r) => (visibleToAll.has(r.facts.id) ? 1 : 0)),
    deadlines: Float64Array.from(indexed, (r) => r.deadline?.getTime() ?? Infinity),
    idf,
    postings: await Postings.of(indexed.map((r) => r.vector)),
    indexOf: new Map(indexed.map((r, i) => [r.facts.id, i])),
  };
}

const cache = new StampedCache(publishedRequirementsStamp, buildCorpus);

/** The published requirements with their texts as vectors, fresh as of this request. */
export const requirementCorpus = () => cache.get();

/**
 * The words of each requirement (by id), as loadRequirements counts them: taken from the
 * corpus last built where its copy has the row's `updatedAt` (the same texts), else read. It
 * never waits for a corpus to be built: a visitor's page should not pay for the vendor feed's;
 * when it is missing or behind, it is brought up to date in the background for the next pages.
 */
export async function termsOf(
  rows: readonly { id: string; updatedAt: Date; status: RequirementStatus }[],
): Promise<Map<string, TermCounts>> {
  const corpus = cache.latest();
  const terms = new Map<string, TermCounts>();
  const missing: string[] = [];
  let behind = corpus === undefined;
  for (const { id, updatedAt, status } of rows) {
    const copy = corpus?.requirements[corpus.indexOf.get(id) ?? -1];
    if (copy?.updatedAt.getTime() === updatedAt.getTime()) terms.set(id, copy.terms);
    else {
      missing.push(id);
      behind ||= status === "PUBLISHED"; // the corpus holds every published one
    }
  }
  if (behind) cache.refreshInBackground();
  if (missing.length) {
    for (const r of await loadRequirements(requirementsWithIds(missing))) {
      terms.set(r.facts.id, r.terms);
    }
  }
  return terms;
}

/**
 * Which of the corpus's requirements (by index) a vendor's feed may show at `now`: open for
 * proposals (every one is PUBLISHED, so its deadline ahead of `now`, as isPastDeadline says),
 * visible to the vendor (public, or among `invited`), and not `hidden`. Numbers first: it is
 * asked of every requirement in the corpus.
 */
export function openAndVisible(
  corpus: RequirementCorpus,
  now: DbNow,
  invited: ReadonlySet<string>,
  hidden: ReadonlySet<string>,
): (i: number) => boolean {
  const at = now.getTime();
  const idOf = (i: number) => corpus.requirements[i]!.facts.id;
  return (i) =>
    corpus.deadlines[i]! > at &&
    (corpus.visibleToAll[i] === 1 || (invited.size > 0 && invited.has(idOf(i)))) &&
    !(hidden.size > 0 && hidden.has(idOf(i)));
}
