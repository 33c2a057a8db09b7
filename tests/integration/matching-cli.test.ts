import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "@/scripts/cli/run-cli";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { sampleFile } from "@/tests/helpers/import-file";

setUpTestDatabase();

async function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}

async function importSample() {
  const file = path.join(tmpdir(), `zhipei-match-${process.pid}-${Date.now()}.json`);
  await writeFile(file, JSON.stringify(sampleFile()));
  expect((await cli("import", file)).code).toBe(0);
}

describe("npm run cli -- match / recommend", () => {
  it("prints one JSON document of ranked vendors with key, name, score and reasons", async () => {
    await importSample();
    const { code, stdout, stderr } = await cli("match", "csg-energy-data-ai", "--json");
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const { items } = JSON.parse(stdout) as { items: Record<string, unknown>[] };
    expect(items).toEqual([
      {
        key: "damo-decision",
        name: "达摩院决策智能实验室",
        score: expect.any(Number),
        reasons: expect.arrayContaining(["电网行业案例 1 个"]),
      },
    ]);
  });

  it("prints the open requirements recommended to a vendor, and a readable list without --json", async () => {
    await importSample();
    const json = await cli("recommend", "damo-decision", "--json", "--limit", "5");
    expect(json.code).toBe(0);
    const { items } = JSON.parse(json.stdout) as { items: { key: string; name: string }[] };
    expect(items.map((item) => item.key)).toEqual(["csg-energy-data-ai"]);
    const text = await cli("recommend", "damo-decision");
    expect(text.stdout).toMatch(
      /^1\. 人工智能驱动的电能量数据创新应用技术研究 {2}\[csg-energy-data-ai\]/,
    );
    expect(text.stdout).toContain("     电网行业案例 1 个");
  });

  it("refuses an unknown key in one line and bad options with the usage", async () => {
    await importSample();
    const unknown = await cli("match", "no-such-requirement", "--json");
    expect(unknown).toMatchObject({ code: 1, stdout: "" });
    expect(unknown.stderr.trim().split("\n")).toEqual(["error: Requirement not found"]);
    const vendor = await cli("recommend", "csg-digital-grid");
    expect(vendor).toMatchObject({ code: 1, stderr: "error: Vendor not found\n" });
    const limit = await cli("match", "csg-energy-data-ai", "--limit", "0");
    expect(limit.code).toBe(2);
    expect(limit.stderr).toContain(
      "usage: npm run cli -- match <requirement-key> [--limit N] [--json]",
    );
  });
});
