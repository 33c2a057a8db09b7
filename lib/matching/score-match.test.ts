import { describe, expect, it } from "vitest";
import { formatReasons } from "./format-reasons";
import type { RequirementFacts, VendorFacts } from "./profiles";
import { matchPoints, scoreMatch } from "./score-match";
import { DOMESTIC_STACK_MISSING_PENALTY, WEIGHTS } from "./weights";

const requirement = (domesticStackRequired: boolean): RequirementFacts => ({
  id: "r",
  orgId: "o",
  industry: "government",
  capabilities: ["llm"],
  region: null,
  domesticStackRequired,
});

const vendor = (domesticStack: boolean): VendorFacts => ({
  id: domesticStack ? "xinchuang" : "other",
  region: null,
  industries: [],
  capabilities: ["llm"],
  cases: [],
  verified: false,
  domesticStack,
  awards: 0,
  completedContracts: 0,
  ratingTotal: 0,
});

const noText = { cosine: 0, terms: [] };
const domesticStackPoints = (r: RequirementFacts, v: VendorFacts) =>
  scoreMatch(r, v, noText).contributions.find((c) => c.signal === "domesticStack")?.points ?? 0;

describe("信创 as deployment fit", () => {
  it("credits a vendor declaring 信创 on a requirement that asks for it, with the reason", () => {
    const scored = scoreMatch(requirement(true), vendor(true), noText);
    expect(domesticStackPoints(requirement(true), vendor(true))).toBe(WEIGHTS.domesticStack);
    expect(formatReasons(scored.contributions, "zh-CN")).toContain("满足信创要求（国产化技术栈）");
    expect(formatReasons(scored.contributions, "en")).toContain(
      "Meets the domestic technology stack (信创) requirement",
    );
  });

  it("sinks a vendor without it, which may not bid there, and says why last", () => {
    const scored = scoreMatch(requirement(true), vendor(false), noText);
    expect(domesticStackPoints(requirement(true), vendor(false))).toBe(
      -DOMESTIC_STACK_MISSING_PENALTY,
    );
    expect(formatReasons(scored.contributions, "zh-CN").at(-1)).toBe(
      "未声明支持信创，本需求要求信创（国产化技术栈）",
    );
    expect(scored.score).toBeLessThan(scoreMatch(requirement(true), vendor(true), noText).score);
  });

  it("tells no vendor apart by it when the requirement does not ask for it", () => {
    for (const declares of [true, false]) {
      expect(domesticStackPoints(requirement(false), vendor(declares))).toBe(0);
    }
  });

  it("gives the fast pass the same score as the explained one", () => {
    for (const asks of [true, false]) {
      for (const declares of [true, false]) {
        const explained = scoreMatch(requirement(asks), vendor(declares), noText).score;
        expect(matchPoints(requirement(asks), vendor(declares), 0)).toBeCloseTo(explained, 4);
      }
    }
  });
});
