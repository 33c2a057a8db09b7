import type { Scored } from "./contributions";
import type { RequirementFacts, VendorFacts } from "./profiles";
import { scoreMatch } from "./score-match";
import { Idf, compareVectors, type TermCounts, type TermVector } from "./text-vectors";

/** Vendors ready to rank: their texts as vectors over their own corpus's IDF. */
export interface VendorIndex<Vendor> {
  vendors: (Vendor & { vector: TermVector })[];
  idf: Idf;
}

export function indexVendors<Vendor extends { terms: TermCounts }>(
  vendors: Vendor[],
): VendorIndex<Vendor> {
  const idf = new Idf(vendors.map((vendor) => vendor.terms));
  return { vendors: vendors.map((v) => ({ ...v, vector: idf.vector(v.terms) })), idf };
}

/** Every vendor scored against the requirement, best first (ties by id, so runs agree). */
export function rankVendorsFor<Vendor extends { facts: VendorFacts }>(
  requirement: { facts: RequirementFacts; terms: TermCounts },
  index: VendorIndex<Vendor>,
): ({ vendor: Vendor & { vector: TermVector } } & Scored)[] {
  const vector = index.idf.vector(requirement.terms);
  return index.vendors
    .map((vendor) => ({
      vendor,
      ...scoreMatch(requirement.facts, vendor.facts, compareVectors(vector, vendor.vector)),
    }))
    .sort((a, b) => b.score - a.score || a.vendor.facts.id.localeCompare(b.vendor.facts.id));
}
