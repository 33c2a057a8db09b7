import "server-only";

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { visitor } from "@/lib/auth/actor";
import { publishedRequirementsStamp } from "@/lib/domain/requirements/published-stamp";
import { visibleRequirementsWhere } from "@/lib/domain/requirements/visibility";
import { Idf, type TermVector } from "@/lib/matching/text-vectors";
import { Postings } from "@/lib/matching/postings";
import { StampedCache } from "./stamped-cache";
import { loadRequirements, type MatchableRequirement } from "./load-requirements";

export interface RequirementCorpus {
  /** Every PUBLISHED requirement; whether it is still open is decided per request. */
  requirements: (MatchableRequirement & { vector: TermVector })[];
  /** Of those, the ids anyone may see (the others are shown only to whom visibility allows). */
  visibleToAll: Set<string>;
  idf: Idf;
  postings: Postings;
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
  const indexed = requirements.map((r) => ({ ...r, vector: idf.vector(r.terms) }));
  return {
    requirements: indexed,
    visibleToAll: new Set(publicRows.map((row) => row.id)),
    idf,
    postings: new Postings(indexed.map((r) => r.vector)),
  };
}

const cache = new StampedCache(publishedRequirementsStamp, buildCorpus);

/** The published requirements with their texts as vectors, fresh as of this request. */
export const requirementCorpus = () => cache.get();
