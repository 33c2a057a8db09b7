import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/config";
import { databaseNow, effectiveStatus } from "@/lib/domain/requirements/open-for-proposals";
import { LISTED_STATUSES, visibleRequirementsWhere } from "@/lib/domain/requirements/visibility";
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
  key: true,
  title: true,
  industry: true,
  capabilities: true,
  status: true,
  deadline: true,
  updatedAt: true,
} as const;

/** What only the shown few need besides: read for them alone, not for every candidate. */
const shownSelect = {
  id: true,
  organization: { select: { id: true, name: true, nameEn: true } },
  award: { select: { proposal: { select: { vendor: { select: { id: true, name: true } } } } } },
} as const;

async function shownDetails(ids: string[]) {
  const rows = await db.requirement.findMany({ where: { id: { in: ids } }, select: shownSelect });
  return new Map(rows.map((row) => [row.id, row]));
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
  const related = [
    ...(probe.industry ? [{ industry: probe.industry }] : []),
    ...(probe.capabilities.length ? [{ capabilities: { hasSome: probe.capabilities } }] : []),
  ];
  const [rows, now] = await Promise.all([
    db.requirement.findMany({
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
    }),
    databaseNow(),
  ]);
  const termsById = await termsOf(rows);
  const candidates = rows.flatMap((row) => {
    const terms = termsById.get(row.id);
    return terms ? [{ row, terms }] : []; // none: deleted since
  });
  const idf = new Idf([probe.terms, ...candidates.map((c) => c.terms)]);
  const probeVector = idf.vector(probe.terms);
  // Every candidate scored by numbers alone; only the few shown are explained.
  const shown = candidates
    .map((c) => ({ ...c, score: likenessScore(probe, c.row, idf.cosine(probeVector, c.terms)) }))
    .filter((match) => match.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, options.limit);
  const details = await shownDetails(shown.map(({ row }) => row.id));
  return shown.flatMap(({ row, terms }) => {
    const detail = details.get(row.id);
    if (!detail) return []; // deleted since
    const { score, contributions } = requirementLikeness(
      probe,
      row,
      compareVectors(probeVector, idf.vector(terms)),
    );
    return [
      {
        requirement: { id: row.id, key: row.key, title: row.title, industry: row.industry },
        organization: detail.organization,
        status: effectiveStatus(row, now),
        awardedTo: detail.award?.proposal.vendor ?? null,
        score,
        contributions,
        reasons: formatReasons(contributions, options.locale),
      },
    ];
  });
}
