import type { Contribution, Scored } from "./contributions";
import type { Postings } from "./postings";
import type { RequirementFacts, VendorFacts } from "./profiles";
import { likenessScore } from "./requirement-likeness";
import { matchPointsOf, scoreMatch } from "./score-match";
import { topIndices } from "./top-indices";
import { compareVectors, type Idf, type TermCounts, type TermVector } from "./text-vectors";
import { DISMISSED_LIKENESS_PENALTY } from "./weights";

/** Requirements ready to rank: their texts as vectors over their own corpus's IDF, indexed. */
export interface RequirementIndex<Requirement> {
  requirements: (Requirement & { facts: RequirementFacts; vector: TermVector })[];
  idf: Idf;
  postings: Postings;
}

const MARGIN = 10;

/**
 * The `limit` requirements (of those `eligible`, by index) that best fit the vendor, each
 * explained, best first. Those like a `dismissed` one lose up to DISMISSED_LIKENESS_PENALTY.
 */
export function rankRequirementsFor<Requirement>(
  vendor: { facts: VendorFacts; terms: TermCounts },
  index: RequirementIndex<Requirement>,
  options: {
    /** Whether the requirement of this index may be shown. */
    eligible: (i: number) => boolean;
    dismissed: { facts: RequirementFacts; terms: TermCounts }[];
    limit: number;
  },
) {
  const vector = index.idf.vector(vendor.terms);
  // The texts' cosines, each replaced by the requirement's score below.
  const scores = index.postings.cosines(vector);
  const dismissed = options.dismissed.map((d) => ({
    facts: d.facts,
    cosines: index.postings.cosines(index.idf.vector(d.terms)),
  }));
  const likeDismissed = (facts: RequirementFacts, i: number) => {
    let likeness = 0;
    for (const d of dismissed) {
      likeness = Math.max(likeness, likenessScore(facts, d.facts, d.cosines[i]!));
    }
    return -DISMISSED_LIKENESS_PENALTY * likeness;
  };
  const fastPoints = matchPointsOf(vendor.facts);
  index.requirements.forEach((requirement, i) => {
    scores[i] = options.eligible(i)
      ? fastPoints(requirement.facts, scores[i]!) + likeDismissed(requirement.facts, i)
      : -Infinity;
  });
  return topIndices(scores, options.limit + MARGIN)
    .filter((i) => scores[i] !== -Infinity)
    .map((i): { requirement: (typeof index.requirements)[number] } & Scored => {
      const requirement = index.requirements[i]!;
      const text = compareVectors(vector, requirement.vector);
      const points = likeDismissed(requirement.facts, i);
      const extra: Contribution[] = points < 0 ? [{ signal: "likeDismissed", points }] : [];
      return { requirement, ...scoreMatch(requirement.facts, vendor.facts, text, extra) };
    })
    .filter((match) => match.score > 0)
    .sort(
      (a, b) => b.score - a.score || a.requirement.facts.id.localeCompare(b.requirement.facts.id),
    )
    .slice(0, options.limit);
}
