import { describe, expect, it } from "vitest";
import { dashboardHref } from "@/components/dashboard/dashboard-href";
import { dashboardQuery } from "./dashboard-query";

describe("the dashboard's address", () => {
  it("reads a status filter, a page and the submitted notice", () => {
    expect(dashboardQuery({ status: "PENDING_REVIEW", page: "3", submitted: "1" })).toEqual({
      status: "PENDING_REVIEW",
      page: 3,
      submitted: true,
    });
  });

  it.each([
    [{}],
    [{ status: "draft", page: "0" }],
    [{ status: "NOPE", page: "-2" }],
    [{ status: ["DRAFT", "PUBLISHED"], page: "1.5" }],
    [{ page: "abc", submitted: "yes" }],
  ])("falls back to everything on page 1 for %j", (params) => {
    expect(dashboardQuery(params)).toEqual({ status: undefined, page: 1, submitted: false });
  });

  it("round-trips through the links the dashboard makes", () => {
    const href = dashboardHref({ status: "EVALUATING", page: 2 });
    expect(href).toBe("/dashboard?status=EVALUATING&page=2");
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(dashboardQuery(params)).toMatchObject({ status: "EVALUATING", page: 2 });
    expect(dashboardHref({ status: null, page: 1 })).toBe("/dashboard");
  });
});
