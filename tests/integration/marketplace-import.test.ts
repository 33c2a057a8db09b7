import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importMarketplace } from "@/lib/domain/marketplace-import/import-marketplace";
import { visitor } from "@/lib/auth/actor";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { demoMarketplace, sampleFile } from "@/tests/helpers/import-file";
import { requirementFieldsSchema } from "@/lib/domain/requirements/authoring/requirement-fields.schema";
import {
  criteriaSelect,
  editableColumnsSelect,
} from "@/lib/domain/requirements/authoring/requirement-record";

setUpTestDatabase();

const operator = { kind: "system", name: "cli" } as const;

/** A row as the editor's schema takes it: absent values are undefined, not null. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([name, field]) => [
        name,
        field === null ? undefined : withoutNulls(field),
      ]),
    );
  }
  return value;
}

async function counts() {
  return {
    organizations: await db.organization.count(),
    requirements: await db.requirement.count(),
    criteria: await db.evaluationCriterion.count(),
    cases: await db.caseStudy.count(),
  };
}

describe("importing a marketplace file", () => {
  it("creates organizations, vendors' cases and requirements with their criteria", async () => {
    const summary = await importMarketplace(operator, sampleFile());
    expect(summary).toEqual({
      organizations: { created: 2, updated: 0 },
      requirements: { created: 1, updated: 0 },
    });
    const requirement = await db.requirement.findUniqueOrThrow({
      where: { key: "csg-energy-data-ai" },
      include: { criteria: { orderBy: { position: "asc" } }, organization: true },
    });
    expect(requirement.organization.verificationStatus).toBe("VERIFIED");
    expect(requirement.criteria.map((c) => [c.name, c.weight])).toEqual([
      ["技术方案", 60],
      ["报价", 30],
      ["资质与案例", 10],
    ]);
    expect(requirement.deadline?.toISOString()).toBe("2027-03-31T16:00:00.000Z");
    expect(requirement.publishedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { actorKind: "cli" } })).toBe(3);
  });

  it("is idempotent: importing the same file twice updates instead of duplicating", async () => {
    await importMarketplace(operator, sampleFile());
    const before = await counts();
    const summary = await importMarketplace(operator, sampleFile());
    expect(summary.organizations).toEqual({ created: 0, updated: 2 });
    expect(await counts()).toEqual(before);
  });

  it("refuses a re-import that changes a published requirement's weights, and keeps them", async () => {
    await importMarketplace(operator, sampleFile());
    const changed = sampleFile();
    changed.requirements[0]!.criteria[0]!.weight = 50;
    changed.requirements[0]!.criteria[1]!.weight = 40;
    await expect(importMarketplace(operator, changed)).rejects.toThrow(
      /requirement "csg-energy-data-ai": its evaluation criteria were published/,
    );
    const weights = await db.evaluationCriterion.findMany({
      where: { requirement: { key: "csg-energy-data-ai" } },
      orderBy: { position: "asc" },
      select: { weight: true },
    });
    expect(weights.map((c) => c.weight)).toEqual([60, 30, 10]);
  });

  it.each([
    [
      "an unknown capability slug",
      (f: ReturnType<typeof sampleFile>) => (f.requirements[0]!.capabilities = ["telepathy"]),
      /requirements\[0\]\.capabilities\[0\]: unknown capability slug "telepathy"/,
    ],
    [
      "an unknown field",
      (f: ReturnType<typeof sampleFile>) => Object.assign(f.requirements[0]!, { colour: "red" }),
      /requirements\[0\].*colour/,
    ],
    [
      "weights that do not sum to 100",
      (f: ReturnType<typeof sampleFile>) => (f.requirements[0]!.criteria[0]!.weight = 50),
      /requirements\[0\]\.criteria: The weights must add up to 100 \(now 90\)/,
    ],
    [
      "a requirement of an unknown organization",
      (f: ReturnType<typeof sampleFile>) => (f.requirements[0]!.org = "nobody"),
      /no enterprise organization with key "nobody"/,
    ],
    [
      "a requirement owned by a vendor",
      (f: ReturnType<typeof sampleFile>) => (f.requirements[0]!.org = "damo-decision"),
      /no enterprise organization/,
    ],
    [
      "an invalid credit code",
      (f: ReturnType<typeof sampleFile>) =>
        Object.assign(f.organizations[0]!, { creditCode: "91350100M000100Y44" }),
      /organizations\[0\]\.creditCode/,
    ],
    [
      "a history out of order (published after the deadline)",
      (f: ReturnType<typeof sampleFile>) =>
        Object.assign(f.requirements[0]!, { publishedAt: "2027-04-01T00:00:00Z" }),
      /requirements\[0\]\.deadline: deadline must not be before publishedAt/,
    ],
  ])("refuses %s, naming the problem, and writes nothing", async (_label, spoil, message) => {
    const file = sampleFile();
    spoil(file);
    await expect(importMarketplace(operator, file)).rejects.toThrow(message);
    expect(await counts()).toEqual({ organizations: 0, requirements: 0, criteria: 0, cases: 0 });
  });

  it("keeps the history, the contact details and the expected start the file gives", async () => {
    const file = sampleFile();
    Object.assign(file.requirements[0]!, {
      createdAt: "2026-11-01T02:00:00Z",
      submittedAt: "2026-11-03T02:00:00Z",
      publishedAt: "2026-11-05T02:00:00Z",
      contactPhone: "138-0000-0000",
      contactEmail: "csg@zhipei.demo",
      expectedStartAt: "2027-06-01",
    });
    await importMarketplace(operator, file);
    const saved = await db.requirement.findUniqueOrThrow({ where: { key: "csg-energy-data-ai" } });
    expect(saved).toMatchObject({
      createdAt: new Date("2026-11-01T02:00:00Z"),
      submittedAt: new Date("2026-11-03T02:00:00Z"),
      publishedAt: new Date("2026-11-05T02:00:00Z"),
      contactPhone: "138-0000-0000",
      contactEmail: "csg@zhipei.demo",
      expectedStartAt: new Date("2027-06-01T00:00:00Z"),
    });
  });

  it("rolls back everything when a late row fails", async () => {
    const file = sampleFile();
    file.requirements.push({ ...file.requirements[0]!, key: "second", title: "x".repeat(300) });
    await expect(importMarketplace(operator, file)).rejects.toThrow(/requirements\[1\]\.title/);
    expect(await db.organization.count()).toBe(0);
  });

  it.each([
    [
      "a title longer than the editor's",
      { title: "标".repeat(121) },
      /title: At most 120 characters/,
    ],
    ["a summary longer than the editor's", { summary: "要".repeat(501) }, /summary: At most 500/],
    [
      "more capabilities than the editor allows",
      { capabilities: Array.from({ length: 9 }, (_, i) => `tag-${i}`) },
      /capabilities: Choose 1 to 8/,
    ],
    ["a region the editor does not offer", { region: "火星" }, /region: Choose one/],
    [
      "a criterion name longer than the editor's",
      { criteria: [{ name: "评".repeat(51), weight: 100 }] },
      /criteria\[0\]\.name: At most 50 characters/,
    ],
    [
      "a budget range upside down",
      { budgetMinCny: 9_000_000, budgetMaxCny: 8_000_000 },
      /budgetMaxCny: The maximum budget must not be lower than the minimum/,
    ],
  ])("refuses %s, as the editor would", async (_label, fields, message) => {
    const file = sampleFile();
    Object.assign(file.requirements[0]!, fields);
    await expect(importMarketplace(operator, file)).rejects.toThrow(message);
    expect(await db.requirement.count()).toBe(0);
  });

  it("imports the demo marketplace, every requirement of which the editor accepts as it is", async () => {
    await importMarketplace(operator, demoMarketplace());
    const rows = await db.requirement.findMany({
      select: { ...editableColumnsSelect, criteria: criteriaSelect },
    });
    expect(rows.length).toBeGreaterThan(40);
    for (const row of rows) {
      const parsed = requirementFieldsSchema.safeParse(withoutNulls(row));
      expect(parsed.error?.issues ?? [], row.title).toEqual([]);
    }
  });

  it("refuses visitors", async () => {
    await expect(importMarketplace(visitor, sampleFile())).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
