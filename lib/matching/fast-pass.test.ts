import { describe, expect, it } from "vitest";
import type { RequirementFacts, VendorFacts } from "./profiles";
import { likenessScore, requirementLikeness } from "./requirement-likeness";
import { matchPoints, matchPointsOf } from "./score-match";
import { Idf, compareVectors, countTerms } from "./text-vectors";

// The fast passes rank every candidate with figures computed apart from the explained score;
// they must be the very same numbers, or the ranking shown would depend on which pass ran.

const industries = ["power-grid", "power-generation", "water", "government", "finance"];
const capabilities = ["llm", "ocr", "cv", "forecasting", "knowledge-graph", "rpa"];

const pick = <T>(values: readonly T[], seed: number, count: number): T[] =>
  Array.from({ length: count }, (_, i) => values[(seed * 7 + i * 3) % values.length]!);

const requirements: RequirementFacts[] = Array.from({ length: 40 }, (_, i) => ({
  id: `r${i}`,
  orgId: "o",
  industry: industries[i % industries.length]!,
  // Some share no capability, some repeat one (the union must count it once).
  capabilities:
    i % 9 === 0 ? [] : [...pick(capabilities, i, 1 + (i % 4)), ...(i % 7 ? [] : ["llm"])],
  region: i % 3 ? "广东" : null,
  domesticStackRequired: i % 4 === 0,
}));

const vendors: VendorFacts[] = Array.from({ length: 8 }, (_, i) => ({
  id: `v${i}`,
  region: i % 2 ? "广东" : "北京",
  industries: pick(industries, i + 1, i % 3),
  capabilities: pick(capabilities, i, 1 + i),
  cases: Array.from({ length: i % 4 }, (_, c) => ({
    industry: industries[(i + c) % industries.length]!,
    capabilities: pick(capabilities, i + c, 2),
  })),
  verified: i % 2 === 0,
  domesticStack: i % 3 === 0,
  awards: i % 3,
  completedContracts: i % 2,
  ratingTotal: (i % 2) * 4,
}));

describe("the vendor feed's fast pass", () => {
  it("scores each requirement exactly as matchPoints does, for every vendor", () => {
    for (const vendor of vendors) {
      const points = matchPointsOf(vendor);
      requirements.forEach((requirement, i) => {
        const cosine = (i % 5) / 10;
        expect(points(requirement, cosine)).toBe(matchPoints(requirement, vendor, cosine));
      });
    }
  });

  it("gives each pair of requirements the likeness score requirementLikeness explains", () => {
    for (const a of requirements) {
      for (const b of requirements.slice(0, 12)) {
        const cosine = (a.capabilities.length * 0.07) % 0.5;
        const text = { cosine, terms: [] };
        expect(likenessScore(a, b, cosine)).toBe(requirementLikeness(a, b, text).score);
      }
    }
  });
});

describe("similar requirements' fast pass", () => {
  const words = [
    "电网",
    "调度",
    "负荷",
    "预测",
    "巡检",
    "图像",
    "识别",
    "客服",
    "知识库",
    "大模型",
  ];
  const documents = Array.from({ length: 30 }, (_, i) =>
    countTerms(pick(words, i, 1 + (i % 11)).concat(pick(words, i * 5, i % 4))),
  );
  const idf = new Idf(documents);

  it("gives each candidate the cosine compareVectors gives its vector, shorter or longer than the probe's", () => {
    for (const probe of documents.slice(0, 6)) {
      const query = idf.vector(probe);
      for (const candidate of documents) {
        const expected = compareVectors(query, idf.vector(candidate)).cosine;
        expect(idf.cosine(query, candidate)).toBe(expected);
      }
    }
  });
});
