import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import taxonomy from "@/lib/taxonomy/taxonomy.json";
import { tagLabel } from "@/lib/taxonomy";
import { setUpTestDatabase } from "@/tests/helpers/database";

setUpTestDatabase();

const sharedSpec = path.resolve(import.meta.dirname, "../../../shared/spec/taxonomy.json");

describe("the taxonomy", () => {
  it.runIf(existsSync(sharedSpec))("is an exact copy of shared/spec/taxonomy.json", () => {
    expect(taxonomy).toEqual(JSON.parse(readFileSync(sharedSpec, "utf8")));
  });

  it("is in the database after migration, every slug with both labels", async () => {
    const tags = await db.tag.findMany();
    expect(tags).toHaveLength(taxonomy.capabilities.length + taxonomy.industries.length);
    expect(tags.find((t) => t.slug === "time-series-forecasting")).toMatchObject({
      kind: "CAPABILITY",
      labelZh: "时序预测与负荷预测",
      labelEn: "Time-series and load forecasting",
    });
  });

  it("labels tags in the reader's language", () => {
    expect(tagLabel("power-grid", "zh-CN")).toBe("电网");
    expect(tagLabel("power-grid", "en")).toBe("Power grid");
  });
});
