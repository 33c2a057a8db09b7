import { describe, expect, it } from "vitest";
import { highlight, highlightSnippet } from "./highlight";
import { parseSearchQuery } from "./search-query";

const marked = (segments: { text: string; match: boolean }[]) =>
  segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join("");

describe("highlight", () => {
  it("marks Chinese words wherever they occur, merging neighbours", () => {
    const terms = parseSearchQuery("负荷 预测").terms;
    expect(marked(highlight("台区负荷预测与可调负荷聚合", terms))).toBe(
      "台区[负荷预测]与可调[负荷]聚合",
    );
  });

  it("marks the whole English word a prefix matched, in any case", () => {
    const terms = parseSearchQuery("forecast").terms;
    expect(marked(highlight("Load Forecasting, forecasts", terms))).toBe(
      "Load [Forecasting], [forecasts]",
    );
  });

  it("marks a short English word only as a whole word", () => {
    const terms = parseSearchQuery("AI").terms;
    expect(marked(highlight("AI气象 and Airflow", terms))).toBe("[AI]气象 and Airflow");
  });

  it("marks full-width text found through its normalized form, keeping the original text", () => {
    const terms = parseSearchQuery("ai").terms;
    expect(marked(highlight("ＡＩ平台", terms))).toBe("[ＡＩ]平台");
  });

  it("returns text as data, never markup", () => {
    const terms = parseSearchQuery("script").terms;
    expect(highlight("<script>alert(1)</script>", terms)).toEqual([
      { text: "<", match: false },
      { text: "script", match: true },
      { text: ">alert(1)</", match: false },
      { text: "script", match: true },
      { text: ">", match: false },
    ]);
  });

  it("returns the text unmarked when nothing matches", () => {
    expect(highlight("电网", [])).toEqual([{ text: "电网", match: false }]);
  });
});

describe("highlightSnippet", () => {
  it("cuts long text around the first match, saying where it was cut", () => {
    const text = `${"前".repeat(100)}计量装置${"后".repeat(100)}`;
    const snippet = highlightSnippet(text, parseSearchQuery("计量").terms, 40);
    expect(snippet[0]).toEqual({ text: "…", match: false });
    expect(snippet[snippet.length - 1]).toEqual({ text: "…", match: false });
    expect(snippet.filter((s) => s.match).map((s) => s.text)).toEqual(["计量"]);
    expect(marked(snippet).length).toBeLessThanOrEqual(40 + 4);
  });

  it("keeps short text whole", () => {
    expect(marked(highlightSnippet("计量装置", parseSearchQuery("计量").terms))).toBe("[计量]装置");
  });
});
