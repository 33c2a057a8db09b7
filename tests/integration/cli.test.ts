import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
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

async function fileWith(content: unknown): Promise<string> {
  const file = path.join(tmpdir(), `zhipei-import-${process.pid}-${Date.now()}.json`);
  await writeFile(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

describe("npm run cli -- import", () => {
  it("imports a file, and a second run updates the same rows instead of adding new ones", async () => {
    const file = await fileWith(sampleFile());
    const first = await cli("import", file);
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toContain("organizations 2 created");

    const second = await cli("import", file, "--json");
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual({
      organizations: { created: 0, updated: 2 },
      requirements: { created: 0, updated: 1 },
    });
    expect(await db.organization.count()).toBe(2);
    expect(await db.requirement.count()).toBe(1);
  });

  it("refuses an unknown tag slug with one line naming it, and writes nothing", async () => {
    const content = sampleFile();
    content.requirements[0]!.capabilities = ["anomaly-detection", "telepathy"];
    const result = await cli("import", await fileWith(content));
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain('"telepathy"');
    expect(await db.organization.count()).toBe(0);
  });

  it("refuses an unknown field instead of dropping it", async () => {
    const content = { ...sampleFile(), vendors: [] };
    const result = await cli("import", await fileWith(content));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("vendors");
  });

  it("answers a missing or malformed file with a usage error", async () => {
    expect((await cli("import", "/nonexistent/file.json")).stderr).toContain("cannot read");
    const malformed = await cli("import", await fileWith("{ not json"));
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain("is not valid JSON");
  });
});

describe("npm run cli -- search", () => {
  async function importSample() {
    expect((await cli("import", await fileWith(sampleFile()))).code).toBe(0);
  }

  it("ranks open requirements for a query and says why each matched", async () => {
    await importSample();
    const result = await cli("search", "计量", "--json");
    expect(result.code).toBe(0);
    const { items } = JSON.parse(result.stdout);
    expect(items).toEqual([
      {
        key: "csg-energy-data-ai",
        projectNumber: expect.stringMatching(/^ZP-\d{4}-\d{6}$/),
        name: "人工智能驱动的电能量数据创新应用技术研究",
        score: expect.any(Number),
        reasons: [expect.stringContaining("summary matches 计量")],
      },
    ]);
    expect(items[0].score).toBeGreaterThan(0);
  });

  it("names matching tags, in English queries too, and prints a readable list", async () => {
    await importSample();
    const result = await cli("search", "anomaly detection");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "1. 人工智能驱动的电能量数据创新应用技术研究  [csg-energy-data-ai]",
    );
    expect(result.stdout).toContain("tagged anomaly-detection");
  });

  it("filters by industry and capability", async () => {
    await importSample();
    const elsewhere = await cli("search", "计量", "--industry", "telecom", "--json");
    expect(JSON.parse(elsewhere.stdout)).toEqual({ items: [] });
    const tagged = await cli("search", "计量", "--capability", "anomaly-detection", "--json");
    expect(JSON.parse(tagged.stdout).items).toHaveLength(1);
    const unknown = await cli("search", "计量", "--industry", "atlantis");
    expect(unknown).toMatchObject({ code: 1, stderr: "error: industry: unknownTag\n" });
  });

  it("refuses a bad limit or a missing query as usage errors", async () => {
    expect((await cli("search", "计量", "--limit", "0")).code).toBe(2);
    expect((await cli("search")).stderr).toContain("exactly one query");
  });
});

describe("the CLI's usage errors", () => {
  it("names an unknown command and lists the commands", async () => {
    const result = await cli("frobnicate");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
    expect(result.stderr).toContain("npm run cli -- import <file.json>");
  });

  it("refuses an unknown option", async () => {
    const result = await cli("import", "file.json", "--bogus");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--bogus");
  });
});
