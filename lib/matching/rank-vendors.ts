import { mapInSlices } from "@/lib/async/in-slices";
import type { Scored } from "./contributions";
import { Postings } from "./postings";
import type { RequirementFacts, VendorFacts } from "./profiles";
import { matchPoints, scoreMatch } from "./score-match";
import { topIndices } from "./top-indices";
import { Idf, compareVectors, type TermCounts, type TermVector } from "./text-vectors";

/** Vendors ready to rank: their texts as vectors over their own corpus's IDF, indexed. */
export interface VendorIndex<Vendor> {
  vendors: (Vendor & { vector: TermVector })[];
  idf: Idf;
  postings: Postings;
}

export async function indexVendors<Vendor extends { terms: TermCounts }>(
  vendors: Vendor[],
): Promise<VendorIndex<Vendor>> {
  const idf = new Idf(vendors.map((vendor) => vendor.terms));
  const indexed = await mapInSlices(vendors, (v) => ({ ...v, vector: idf.vector(v.terms) }));
  return { vendors: indexed, idf, postings: await Postings.of(indexed.map((v) => v.vector)) };
}

type Requirement = { facts: RequirementFacts; terms: TermCounts };

/** Every vendor's score for the requirement, by the index's order, unexplained (the fast pass). */
export function scoreVendors<Vendor extends { facts: VendorFacts }>(
  requirement: Requirement,
  index: VendorIndex<Vendor>,
): Float64Array {
  const scores = index.postings.cosines(index.idf.vector(requirement.terms));
  index.vendors.forEach((vendor, i) => {
    scores[i] = matchPoints(requirement.facts, vendor.facts, scores[i]!);
  });
  return scores;
}

/** Room for rounding: the fast pass keeps a few more than asked before explaining them. */
const MARGIN = 10;

/**
 * The `limit` best vendors for the requirement, each explained, best first (ties by id, so runs
 * agree). Only the few shown are explained; every vendor is scored.
 */
export function rankVendorsFor<Vendor extends { facts: VendorFacts }>(
  requirement: Requirement,
  index: VendorIndex<Vendor>,
  limit = Infinity,
): ({ vendor: Vendor & { vector: TermVector } } & Scored)[] {
  const vector = index.idf.vector(requirement.terms);
  return topIndices(scoreVendors(requirement, index), limit + MARGIN)
    .map((i) => index.vendors[i]!)
    .map((vendor) => ({
      vendor,
      ...scoreMatch(requirement.facts, vendor.facts, compareVectors(vector, vendor.vector)),
    }))
    .sort((a, b) => b.score - a.score || a.vendor.facts.id.localeCompare(b.vendor.facts.id))
    .slice(0, limit);
}
