import { createTranslator, IntlErrorCode } from "next-intl";
import { describe, expect, it } from "vitest";
import { messages } from "./index";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keyPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe("translations", () => {
  it("has the same keys in Chinese and English", () => {
    expect(keyPaths(messages.en).sort()).toEqual(keyPaths(messages["zh-CN"]).sort());
  });

  it("has no empty text", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const empty = keyPaths(messages[locale]).filter((path) => {
        const text = path
          .split(".")
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages[locale]);
        return typeof text !== "string" || text.trim() === "";
      });
      expect(empty, locale).toEqual([]);
    }
  });

  it("is valid ICU in every text (the build precompiles them: next.config.js)", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const invalid: string[] = [];
      const t = createTranslator({
        locale,
        messages: messages[locale],
        onError: (error) => {
          if (error.code === IntlErrorCode.INVALID_MESSAGE) invalid.push(error.message);
        },
      });
      for (const path of keyPaths(messages[locale])) t(path as never);
      expect(invalid, locale).toEqual([]);
    }
  });
});

function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value !== "object" || value === null) return [];
  return Object.values(value).flatMap(texts);
}

describe("Chinese is Chinese and English is English", () => {
  it("puts no ASCII sentence punctuation between Chinese words", () => {
    const han = "\\p{Script=Han}";
    const asciiBetweenHan = new RegExp(`${han}[.,;:!?]\\s*${han}`, "u");
    expect(texts(messages["zh-CN"]).filter((text) => asciiBetweenHan.test(text))).toEqual([]);
  });

  it("spells the brand Zhipei in English, never 智配", () => {
    expect(texts(messages.en).filter((text) => text.includes("智配"))).toEqual([]);
  });

  it("names every region in English, and the demo's criteria too", async () => {
    const { regions } = await import("@/lib/taxonomy");
    const demo = (await import("@/prisma/seed/data/marketplace.json")).default;
    const criteria = new Set(demo.requirements.flatMap((r) => r.criteria.map((c) => c.name)));
    const en = messages.en as unknown as Record<"region" | "criterionName", Record<string, string>>;
    const untranslated = [
      ...regions.filter((region) => !/^[A-Za-z ]+$/.test(en.region[region] ?? "")),
      ...[...criteria].filter((name) => !/^[A-Za-z ,]+$/.test(en.criterionName[name] ?? "")),
    ];
    expect(untranslated).toEqual([]);
  });
});
