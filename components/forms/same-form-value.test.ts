import { describe, expect, it } from "vitest";
import { sameFormValue } from "./same-form-value";

describe("sameFormValue", () => {
  it("takes one ticked checkbox, posted as a bare value, for the list of one it stands for", () => {
    expect(sameFormValue(["vision"], "vision")).toBe(true);
    expect(sameFormValue(["vision", "llm"], ["vision", "llm"])).toBe(true);
    expect(sameFormValue(["vision", "llm"], "vision")).toBe(false);
    expect(sameFormValue(["vision"], "llm")).toBe(false);
  });

  it("takes empty texts, lists and missing values as the same nothing", () => {
    expect(sameFormValue("", undefined)).toBe(true);
    expect(sameFormValue([], undefined)).toBe(true);
    expect(sameFormValue(null, "")).toBe(true);
    expect(sameFormValue("", "0")).toBe(false);
  });

  it("compares texts as a textarea holds them", () => {
    expect(sameFormValue("第一行\r\n第二行", "第一行\n第二行")).toBe(true);
    expect(sameFormValue("第一行\n第二行", "第一行 第二行")).toBe(false);
  });

  it("compares lists of fieldsets by their filled-in fields, in any key order", () => {
    const stored = [{ name: "技术方案", description: "", weight: "60" }];
    expect(sameFormValue(stored, [{ weight: "60", name: "技术方案" }])).toBe(true);
    expect(sameFormValue(stored, [{ name: "技术方案", weight: "70" }])).toBe(false);
    expect(sameFormValue(stored, [...stored, { name: "报价", weight: "40" }])).toBe(false);
  });
});
