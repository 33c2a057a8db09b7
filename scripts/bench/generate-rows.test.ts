import { describe, expect, it } from "vitest";
import { generateOrganizations, generateRequirements, type DatasetSize } from "./generate-rows";

const SMALL: DatasetSize = { requirements: 60, vendors: 20, enterprises: 5 };

function generate(seed: number) {
  const orgs = generateOrganizations(seed, SMALL);
  const requirements = [...generateRequirements(seed, SMALL, orgs.enterprises, 25)].flat();
  return { ...orgs, requirements };
}

describe("the benchmark's data generator", () => {
  it("generates the same rows, search text included, from the same seed", () => {
    const first = generate(42);
    expect(generate(42)).toEqual(first);
    expect(first.requirements).toHaveLength(60);
    expect(first.vendors).toHaveLength(20);
    expect(first.requirements[0]!.searchText.split("\n")).toHaveLength(5);
  });

  it("generates other rows from another seed", () => {
    expect(generate(43).requirements.map((r) => r.title)).not.toEqual(
      generate(42).requirements.map((r) => r.title),
    );
  });

  it("writes mixed Chinese and English text about the marketplace's domain", () => {
    const texts = generate(42)
      .requirements.map((r) => `${r.title} ${r.description}`)
      .join(" ");
    expect(texts).toMatch(/\p{Script=Han}/u);
    expect(texts).toMatch(/LLM|OCR|forecasting|SCADA|RAG/);
  });
});
