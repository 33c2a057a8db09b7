import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/config";
import { databaseNow, effectiveStatus } from "@/lib/domain/requirements/open-for-proposals";
import { LISTED_STATUSES, visibleRequirementsWhere } from "@/lib/domain/requirements/visibility";
import type { Scored } from "@/lib/matching/contributions";
import { formatReasons } from "@/lib/matching/format-reasons";
import { likenessScore, requirementLikeness } from "@/lib/matching/requirement-likeness";
import { Idf, compareVectors, type TermCounts } from "@/lib/matching/text-vectors";
import { termsOf } from "./requirement-corpus";

/** What a requirement (or a draft) is compared by. */
export interface LikenessProbe {
  industry: string | null;
  capabilities: string[];
  terms: TermCounts;
}

/** Candidates sharing the industry or a capability, newest first: enough to rank, bounded. */
const CANDIDATES = 500;

/** What a candidate is scored by: all in the publication-date index (an index-only scan). */
const candidateSelect = {
  id: true,
  industry: true,
  capabilities: true,
  status: true,
  updatedAt: true,
} as const;

/** What the shown few show, read fresh (a kept ranking may be older than the last write). */
const shownSelect = {
  id: true,
  key: true,
  title: true,
  industry: true,
  status: true,
  deadline: true,
  organization: { select: { id: true, name: true, nameEn: true } },
  award: { select: { proposal: { select: { vendor: { select: { id: true, name: true } } } } } },
} as const;

/** Ranked beyond the shown: a kept ranking still fills the list when some are no longer listed. */
const SPARE = 5;

/** The best-scored candidates, explained: what a ranking kept between requests holds. */
export type SimilarRanking = ({ id: string } & Scored)[];

/**
 * The requirements most like `probe`, of enterprises other than `ownOrgId`, that the actor may
 * see, most alike first: `limit` of them and a few spare. Candidates share the industry or a
 * capability; every one is scored by numbers alone, only the best are explained.
 */
export async function rankSimilarRequirements(
  actor: Actor,
  probe: LikenessProbe,
  options: { ownOrgId: string | null; excludeId?: string; limit: number },
): Promise<SimilarRanking> {
  const related = [
    ...(probe.industry ? [{ industry: probe.industry }] : []),
    ...(probe.capabilities.length ? [{ capabilities: { hasSome: probe.capabilities } }] : []),
  ];
  const rows = await db.requirement.findMany({
    where: {
      AND: [
        visibleRequirementsWhere(actor),
        { status: { in: LISTED_STATUSES } },
        // Every listed requirement was published; said here, the newest-first index scan
        // starts at them rather than walking the drafts, whose NULLs sort first.
        { publishedAt: { not: null } },
        ...(options.ownOrgId ? [{ orgId: { not: options.ownOrgId } }] : []),
        ...(options.excludeId ? [{ id: { not: options.excludeId } }] : []),
        ...(related.length ? [{ OR: related }] : []),
      ],
    },
    orderBy: { publishedAt: "desc" },
    take: CANDIDATES,
    select: candidateSelect,
  });
  const termsById = await termsOf(rows);
  const candidates = rows.flatMap((row) => {
    const terms = termsById.get(row.id);
    return terms ? [{ row, terms }] : []; // none: deleted since
  });
  const idf = new Idf([probe.terms, ...candidates.map((c) => c.terms)]);
  const probeVector = idf.vector(probe.terms);
  return candidates
    .map((c) => ({ ...c, score: likenessScore(probe, c.row, idf.cosine(probeVector, c.terms)) }))
    .filter((match) => match.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, options.limit + SPARE)
    .map(({ row, terms }) => {
      const { score, contributions } = requirementLikeness(
        probe,
        row,
        compareVectors(probeVector, idf.vector(terms)),
      );
      return { id: row.id, score, contributions };
    });
}

/**
 * The first `limit` of a ranking that the actor may still see listed, as they are now: title,
 * state (at the database's clock), enterprise and winner; with the reasons in `locale`.
 */
export async function showSimilarRequirements(
  actor: Actor,
  ranking: SimilarRanking,
  options: { limit: number; locale: Locale },
) {
  const [rows, now] = await Promise.all([
    db.requirement.findMany({
      where: {
        AND: [
          { id: { in: ranking.map((match) => match.id) } },
          visibleRequirementsWhere(actor),
          { status: { in: LISTED_STATUSES } },
        ],
      },
      select: shownSelect,
    }),
    databaseNow(),
  ]);
  const shown = new Map(rows.map((row) => [row.id, row]));
  return ranking
    .flatMap(({ id, score, contributions }) => {
      const row = shown.get(id);
      if (!row) return []; // no longer listed, or deleted since
      const { key, title, industry } = row;
      return [
        {
          requirement: { id, key, title, industry },
          organization: row.organization,
          status: effectiveStatus(row, now),
          awardedTo: row.award?.proposal.vendor ?? null,
          score,
          contributions,
          reasons: formatReasons(contributions, options.locale),
        },
      ];
    })
    .slice(0, options.limit);
}

/**
 * The requirements most like `probe`, of enterprises other than `ownOrgId`, that the actor may
 * see, with their state and (when awarded) the winner, most alike first.
 */
export async function similarRequirements(
  actor: Actor,
  probe: LikenessProbe,
  options: { ownOrgId: string | null; excludeId?: string; limit: number; locale: Locale },
) {
  return showSimilarRequirements(
    actor,
    await rankSimilarRequirements(actor, probe, options),
    options,
  );
}
