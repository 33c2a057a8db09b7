// `npm run eval:matching`: ranking quality of the matching engine on the labelled set in
// eval/matching/, against two baselines, on the development and the held-out split
// (docs/matching.md). Pure computation: no database.
import { indexVendors, rankVendorsFor } from "@/lib/matching/rank-vendors";
import { bm25Ranking, tagOverlapRanking } from "./baselines";
import { loadEvalSet, type EvalRequirement, type EvalVendor } from "./eval-set";
import { ndcgAt, reciprocalRank } from "./ranking-metrics";

type Ranker = (requirement: EvalRequirement, vendors: EvalVendor[]) => string[];

const { vendors, requirements } = loadEvalSet();
const index = await indexVendors(vendors);

const rankers: Record<string, Ranker> = {
  engine: (requirement) => rankVendorsFor(requirement, index).map((m) => m.vendor.facts.id),
  "tag overlap": tagOverlapRanking,
  "BM25 text": bm25Ranking,
};

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

console.log(`eval/matching: ${requirements.length} requirements × ${vendors.length} vendors`);
for (const split of ["dev", "heldout"] as const) {
  const part = requirements.filter((r) => r.split === split);
  console.log(`\n${split} split (${part.length} requirements)`);
  console.log(`  ${"ranker".padEnd(12)} NDCG@10   MRR`);
  for (const [name, rank] of Object.entries(rankers)) {
    const rankings = part.map((r) => ({ r, ranked: rank(r, vendors) }));
    const ndcg = mean(rankings.map(({ r, ranked }) => ndcgAt(10, ranked, r.grades)));
    const mrr = mean(rankings.map(({ r, ranked }) => reciprocalRank(ranked, r.grades)));
    console.log(`  ${name.padEnd(12)} ${ndcg.toFixed(3)}     ${mrr.toFixed(3)}`);
  }
}
