import { describe, expect, it } from "vitest";
import { formatCny, formatCnyExact } from "./money";

describe("budgets in yuan", () => {
  it("reads as each locale writes it, whichever locale formatted before", () => {
    expect(formatCny(3_000_000, "zh-CN")).toBe("300万元");
    expect(formatCny(3_000_000, "en")).toBe("CNY 3M");
    expect(formatCnyExact(5_600_000, "en")).toBe("CNY 5,600,000");
    expect(formatCnyExact(5_600_000, "zh-CN")).toBe("5,600,000 元");
    expect(formatCny(1_250_000, "zh-CN")).toBe("125万元");
  });
});
