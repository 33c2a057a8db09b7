import { describe, expect, it } from "vitest";
import { requirementSearchUrlParams, searchRequirementsSchema } from "./search-requirements.schema";

const parse = (query: string) => searchRequirementsSchema.safeParse(new URLSearchParams(query));

/** The error message keys by field. */
function errors(query: string) {
  const result = parse(query);
  expect(result.success).toBe(false);
  return Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
}

describe("searchRequirementsSchema", () => {
  it("has defaults for an empty URL: open requirements, newest first, 20 a page", () => {
    expect(parse("").data).toEqual({
      industry: [],
      capability: [],
      region: [],
      state: "open",
      verified: false,
      sort: "newest",
      limit: 20,
    });
  });

  it("sorts a search by relevance unless told otherwise", () => {
    expect(parse("q=电网").data?.sort).toBe("relevance");
    expect(parse("q=电网&sort=deadline").data?.sort).toBe("deadline");
  });

  it("reads repeated and comma-separated lists, trimmed and without duplicates", () => {
    const data = parse(
      "capability=llm,nlp&capability=llm&industry=%20power-grid%20&region=广东",
    ).data!;
    expect(data.capability).toEqual(["llm", "nlp"]);
    expect(data.industry).toEqual(["power-grid"]);
    expect(data.region).toEqual(["广东"]);
  });

  it("reads Next's searchParams record as well as URLSearchParams", () => {
    const data = searchRequirementsSchema.parse({
      q: ["电网", "ignored"],
      industry: "power-grid",
      budgetMin: "100",
      verified: "1",
    });
    expect(data).toMatchObject({ q: "电网", industry: ["power-grid"], budgetMin: 100 });
    expect(data.verified).toBe(true);
  });

  it("cuts a very long search instead of refusing it", () => {
    expect(parse(`q=${"电".repeat(10_000)}`).data?.q).toHaveLength(200);
  });

  it("treats blank values as not set and ignores unknown parameters", () => {
    expect(parse("q=%20&budgetMin=&deadlineFrom=&utm_source=x").data).toEqual(parse("").data);
  });

  it("names the field and the problem of values that make no sense", () => {
    expect(
      errors("budgetMin=lots&budgetMax=1.5&deadlineFrom=2027-02-30&state=closed&sort=random"),
    ).toEqual({
      budgetMin: "wholeNumber",
      budgetMax: "wholeNumber",
      deadlineFrom: "date",
      state: "invalid",
      sort: "invalid",
    });
    expect(errors("industry=Power Grid&limit=500&verified=maybe")).toEqual({
      industry: "invalid",
      limit: "numberRange?min=1&max=50",
      verified: "invalid",
    });
  });

  it("refuses a budget range or a deadline window that ends before it starts", () => {
    expect(errors("budgetMin=500&budgetMax=100")).toEqual({ budgetMax: "budgetOrder" });
    expect(errors("deadlineFrom=2027-03-01&deadlineTo=2027-02-01")).toEqual({
      deadlineTo: "dateOrder",
    });
  });

  it("parses its own output to itself, and writes it back to a URL without the defaults", () => {
    const state = parse(
      "q=负荷预测&capability=time-series-forecasting&budgetMin=100&deadlineTo=2027-04-01&verified=on",
    ).data!;
    expect(searchRequirementsSchema.parse(state)).toEqual(state);
    const url = requirementSearchUrlParams(state);
    expect(url.toString()).toBe(
      new URLSearchParams({
        q: "负荷预测",
        capability: "time-series-forecasting",
        budgetMin: "100",
        deadlineTo: "2027-04-01",
        verified: "1",
      }).toString(),
    );
    expect(searchRequirementsSchema.parse(url)).toEqual(state);
  });
});
