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
