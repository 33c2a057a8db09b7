import { describe, expect, it } from "vitest";
import { ndcgAt, reciprocalRank } from "./ranking-metrics";

const grades = new Map([
  ["a", 2],
  ["b", 1],
]);

describe("ranking metrics", () => {
  it("scores the ideal order 1 and a worse order less", () => {
    expect(ndcgAt(10, ["a", "b", "c"], grades)).toBe(1);
    expect(ndcgAt(10, ["b", "a", "c"], grades)).toBeLessThan(1);
    expect(ndcgAt(10, ["c", "d"], grades)).toBe(0);
    expect(ndcgAt(1, ["b", "a"], grades)).toBeCloseTo(1 / 3);
  });

  it("takes the reciprocal rank of the first relevant result", () => {
    expect(reciprocalRank(["c", "b", "a"], grades)).toBe(0.5);
    expect(reciprocalRank(["c"], grades)).toBe(0);
  });
});
