import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("prisma/seed/data/validate.mjs", () => {
  it("accepts the demo data set (exit 0)", () => {
    const out = execFileSync(process.execPath, ["prisma/seed/data/validate.mjs"], {
      encoding: "utf8",
    });
    expect(out).toContain("demo data set is valid");
  });
});
