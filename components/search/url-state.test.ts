import { describe, expect, it } from "vitest";
import {
  defaultRequirementSort,
  requirementSearchUrlParams,
  searchRequirementsSchema,
  type RequirementSearchParams,
} from "@/lib/domain/requirements/search/search-requirements.schema";
import { toSearchParams } from "@/lib/http/url-params";
import { changedSearchHref, rawList, rawText } from "./url-state";

const state = (query: string) => searchRequirementsSchema.parse(new URLSearchParams(query));
const href = (query: string, patch: Partial<RequirementSearchParams>) =>
  decodeURIComponent(
    changedSearchHref("/", state(query), patch, {
      toUrl: requirementSearchUrlParams,
      defaultSort: defaultRequirementSort,
    }),
  );

describe("search URLs", () => {
  it("reads the URL's values as the search schemas do, keeping wrong ones for the form", () => {
    const raw = {
      q: [" 电网 ", "x"],
      industry: ["power-grid,oil-gas", "power-grid"],
      budgetMin: "lots",
    };
    expect(rawText(raw, "q")).toBe("电网");
    expect(rawText(raw, "budgetMin")).toBe("lots");
    expect(rawText(raw, "region")).toBe("");
    expect(rawList(raw, "industry")).toEqual(["power-grid", "oil-gas"]);
    expect(toSearchParams(raw).getAll("q")).toEqual([" 电网 ", "x"]);
  });

  it("links to a changed search from its first page", () => {
    expect(href("industry=power-grid&region=广东&cursor=abc", { region: [] })).toBe(
      "/?industry=power-grid",
    );
  });

  it("keeps a chosen sort, but lets a default one follow the search words", () => {
    expect(href("q=电网&sort=deadline", { q: undefined })).toBe("/?sort=deadline");
    // Relevance was only the default for "电网": without words, the default is newest.
    expect(href("q=电网", { q: undefined })).toBe("/");
    expect(href("industry=power-grid", { q: "电网" })).toBe("/?industry=power-grid&q=电网");
  });
});
