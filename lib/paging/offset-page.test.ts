import { describe, expect, it } from "vitest";
import { pageSlices } from "./offset-page";

const groups = [
  { key: "DRAFT", count: 3 },
  { key: "PENDING_REVIEW", count: 0 },
  { key: "PUBLISHED", count: 4 },
  { key: "CANCELLED", count: 1 },
];

describe("a page of groups laid end to end", () => {
  it("takes the first rows of the first groups, skipping empty ones", () => {
    expect(pageSlices(groups, 0, 5)).toEqual([
      { key: "DRAFT", skip: 0, take: 3 },
      { key: "PUBLISHED", skip: 0, take: 2 },
    ]);
  });

  it("continues a group where the previous page stopped", () => {
    expect(pageSlices(groups, 5, 5)).toEqual([
      { key: "PUBLISHED", skip: 2, take: 2 },
      { key: "CANCELLED", skip: 0, take: 1 },
    ]);
  });

  it("can fall inside one group", () => {
    expect(pageSlices(groups, 4, 2)).toEqual([{ key: "PUBLISHED", skip: 1, take: 2 }]);
  });

  it("is empty past the last row", () => {
    expect(pageSlices(groups, 8, 5)).toEqual([]);
  });
});
