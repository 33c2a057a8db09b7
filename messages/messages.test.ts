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
});
