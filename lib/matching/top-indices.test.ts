import { describe, expect, it } from "vitest";
import { countTerms } from "./text-vectors";
import { topIndices } from "./top-indices";

/** What topIndices promises, by a full sort: every index scoring at least the count-th highest. */
function bySorting(scores: Float64Array, count: number): number[] {
  if (count >= scores.length) return [...scores.keys()];
  const cut = [...scores].sort((a, b) => b - a)[count - 1]!;
  return [...scores.keys()].filter((i) => scores[i]! >= cut);
}

describe("topIndices", () => {
  it("keeps the highest scores, every tie at the cut, and ignores the order they come in", () => {
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 200; round++) {
      const length = 1 + Math.floor(next() * 80);
      // Few distinct values make ties common; some candidates are ineligible (-∞).
      const scores = Float64Array.from({ length }, () =>
        next() < 0.2 ? -Infinity : Math.round(next() * 6) / 4,
      );
      const count = 1 + Math.floor(next() * (length + 3));
      expect(topIndices(scores, count).sort((a, b) => a - b)).toEqual(bySorting(scores, count));
    }
  });
});

describe("countTerms", () => {
  it("leaves out one-character words (an emoji or a rare Han character is one), and numbers", () => {
    const counts = countTerms(["电网", "电", "𠀋", "𠀋𠀋", "ab", "a", "2024", "5G", "电网"]);
    expect([...counts]).toEqual([
      ["电网", 2],
      ["𠀋𠀋", 1],
      ["ab", 1],
      ["5G", 1],
    ]);
  });
});
