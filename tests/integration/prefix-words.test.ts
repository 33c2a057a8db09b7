import { describe, expect, it } from "vitest";
import { visitor } from "@/lib/auth/actor";
import { searchVendors } from "@/lib/domain/organizations/search/search-vendors";
import { countRequirements } from "@/lib/domain/requirements/search/count-requirements";
import { searchRequirements } from "@/lib/domain/requirements/search/search-requirements";
import { withPrefixesExpanded } from "@/lib/search/prefix-words";
import { parseSearchQuery } from "@/lib/search/search-query";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { searchableRequirement, searchableVendor } from "@/tests/helpers/search";

setUpTestDatabase();

/** The words of the match condition of `q`'s only term, or its prefix matcher. */
async function matched(q: string) {
  const { wordQuery } = await withPrefixesExpanded(parseSearchQuery(q));
  return wordQuery?.startsWith("(") ? wordQuery.slice(1, -1).split(" | ").sort() : wordQuery;
}

describe("Latin prefixes matched as the words they stand for", () => {
  it("finds every written word a prefix stands for, requirements' and vendors' alike", async () => {
    const forecasting = await searchableRequirement({ title: "Load forecasting 负荷预测" });
    const forecasts = await searchableRequirement({ title: "Grid forecasts 电网" });
    const vendor = await searchableVendor({ name: "Forecaster 科技" });
    expect(await matched("forecast")).toEqual(["'forecaster'", "'forecasting'", "'forecasts'"]);

    const found = await searchRequirements(visitor, { q: "forecast" });
    expect(found.items.map((item) => item.id).sort()).toEqual(
      [forecasting.id, forecasts.id].sort(),
    );
    expect(await countRequirements(visitor, { q: "forecast" })).toEqual({ value: 2, exact: true });
    const vendors = await searchVendors(visitor, { q: "forecast" });
    expect(vendors.items.map((item) => item.id)).toEqual([vendor.id]);

    // A word written later is found at once.
    const forecastable = await searchableRequirement({ title: "Forecastable demand 需求" });
    const again = await searchRequirements(visitor, { q: "forecast" });
    expect(again.items.map((item) => item.id)).toContain(forecastable.id);
  });

  it("keeps a prefix with no written word, or with very many, a prefix", async () => {
    expect(await matched("zzyzx")).toBe("'zzyzx':*");
    const many = Array.from(
      { length: 51 },
      (_, i) => `widget${String.fromCharCode(97 + (i % 26))}${i}`,
    );
    const requirement = await searchableRequirement({ title: "物联网", summary: many.join(" ") });
    expect(await matched("widget")).toBe("'widget':*");
    const found = await searchRequirements(visitor, { q: "widget" });
    expect(found.items.map((item) => item.id)).toEqual([requirement.id]);
  });
});
