import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/domain/errors";
import { searchRequirementsSchema } from "@/lib/domain/requirements/search/search-requirements.schema";
import { parseInput } from "@/lib/validation/parse-input";
import { searchIgnoringInvalid } from "./run-search";

/** A stand-in for the search use case: its parsing, and what it would search for. */
const parseLikeSearch = async (input: URLSearchParams) =>
  parseInput(searchRequirementsSchema, input);

describe("searchIgnoringInvalid", () => {
  it("searches without the parameters that make no sense, and says which and why", async () => {
    const { page, fieldErrors } = await searchIgnoringInvalid(parseLikeSearch, {
      q: "电网",
      industry: "Power Grid",
      budgetMin: "500",
      budgetMax: "100",
      region: ["广东"],
    });
    expect(page).toMatchObject({ q: "电网", industry: [], region: ["广东"], budgetMin: 500 });
    expect(page.budgetMax).toBeUndefined();
    expect(fieldErrors).toEqual({ industry: ["invalid"], budgetMax: ["budgetOrder"] });
  });

  it("starts from the first page when the cursor is stale", async () => {
    let calls = 0;
    const { page, fieldErrors } = await searchIgnoringInvalid(
      async (input) => {
        calls++;
        if (input.has("cursor"))
          throw new DomainError("VALIDATION", "invalid", { fieldErrors: { cursor: ["invalid"] } });
        return input.toString();
      },
      { q: "电网", cursor: "stale" },
    );
    expect(page).toBe("q=%E7%94%B5%E7%BD%91");
    expect(fieldErrors).toEqual({ cursor: ["invalid"] });
    expect(calls).toBe(2);
  });

  it("lets other failures through", async () => {
    const broken = async () => {
      throw new Error("database down");
    };
    await expect(searchIgnoringInvalid(broken, { q: "电网" })).rejects.toThrow("database down");
    const unfixable = async () => {
      throw new DomainError("VALIDATION", "invalid", { fieldErrors: { "": ["invalid"] } });
    };
    await expect(searchIgnoringInvalid(unfixable, {})).rejects.toBeInstanceOf(DomainError);
  });
});
