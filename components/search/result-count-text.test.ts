import { describe, expect, it, vi } from "vitest";
import { countForPage, resultCountText } from "./result-count-text";

const page = (items: number, nextCursor: string | null, cursor?: string) => ({
  items: Array.from({ length: items }),
  nextCursor,
  params: { cursor },
});

describe("countForPage", () => {
  it("counts nothing on a later page or when nothing matched", () => {
    const count = vi.fn();
    expect(countForPage(page(3, null, "c"), count)).toBeNull();
    expect(countForPage(page(0, null), count)).toBeNull();
    expect(count).not.toHaveBeenCalled();
  });

  it("counts a single page's own rows without a query", async () => {
    const count = vi.fn();
    await expect(countForPage(page(4, null), count)).resolves.toEqual({ value: 4, exact: true });
    expect(count).not.toHaveBeenCalled();
  });

  it("asks for a count when more pages follow", async () => {
    const counted = { value: 1000, exact: false };
    await expect(countForPage(page(20, "next"), async () => counted)).resolves.toBe(counted);
  });
});

describe("resultCountText", () => {
  const text = (key: string, values: { count: number }) => `${key}:${values.count}`;

  it("says how many, or 'more than' when counting stopped", () => {
    expect(resultCountText({ value: 12, exact: true }, text)).toBe("countExact:12");
    expect(resultCountText({ value: 1000, exact: false }, text)).toBe("countAtLeast:1000");
    expect(resultCountText({ value: 0, exact: true }, text)).toBeUndefined();
    expect(resultCountText(null, text)).toBeUndefined();
  });
});
