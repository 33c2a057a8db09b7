import { describe, expect, it } from "vitest";
import { visitor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { approveRequirement } from "@/lib/domain/requirements/transitions/approve-requirement";
import { searchRequirements } from "@/lib/domain/requirements/search/search-requirements";
import { GET as listRequirements } from "@/app/api/v1/requirements/route";
import { runCli } from "@/scripts/cli/run-cli";
import { NextRequest } from "next/server";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { createCast } from "@/tests/helpers/actors";
import { createRequirement } from "@/tests/helpers/factories";
import { requirementIn } from "@/tests/helpers/requirement-transitions";
import { searchableRequirement } from "@/tests/helpers/search";

setUpTestDatabase();

const NUMBER = /^ZP-(\d{4})-(\d{6})$/;
const numberOf = async (id: string) =>
  (await db.requirement.findUniqueOrThrow({ where: { id } })).projectNumber;

describe("project numbers", () => {
  it("are given when a requirement is published: the year of publication and a sequence", async () => {
    const cast = await createCast("ENTERPRISE");
    const first = await requirementIn(cast.org.id, "PENDING_REVIEW");
    const second = await requirementIn(cast.org.id, "PENDING_REVIEW");
    expect(await numberOf(first.id)).toBeNull();
    await approveRequirement(cast.roles.admin, { requirementId: first.id });
    await approveRequirement(cast.roles.admin, { requirementId: second.id });
    const [a, b] = [await numberOf(first.id), await numberOf(second.id)];
    const year = new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Shanghai" });
    expect(a).toMatch(NUMBER);
    expect(a!.match(NUMBER)![1]).toBe(year.format(new Date()));
    expect(Number(b!.match(NUMBER)![2])).toBe(Number(a!.match(NUMBER)![2]) + 1);
  });

  it("count the year in Beijing time", async () => {
    const newYear = await createRequirement({ publishedAt: new Date("2026-12-31T16:30:00Z") });
    expect(await numberOf(newYear.id)).toMatch(/^ZP-2027-/);
  });

  it("never change once given, nor are given twice", async () => {
    const requirement = await createRequirement({});
    const given = await numberOf(requirement.id);
    await db.requirement.update({
      where: { id: requirement.id },
      data: { projectNumber: null, publishedAt: new Date("2030-01-01T00:00:00Z") },
    });
    await db.requirement.update({
      where: { id: requirement.id },
      data: { projectNumber: "ZP-1999-000001" },
    });
    expect(await numberOf(requirement.id)).toBe(given);
    const others = await Promise.all([1, 2, 3].map(() => createRequirement({})));
    const numbers = await Promise.all(others.map((r) => numberOf(r.id)));
    expect(new Set([given, ...numbers]).size).toBe(4);
  });

  it("find their requirement when searched for whole, in any case", async () => {
    const wanted = await searchableRequirement({ title: "配电网故障定位" });
    await searchableRequirement({ title: "配电网故障定位（二期）" });
    const number = (await numberOf(wanted.id))!;
    for (const q of [number, ` ${number.toLowerCase()} `]) {
      const page = await searchRequirements(visitor, { q });
      expect(page.items.map((item) => item.id)).toEqual([wanted.id]);
      expect(page.items[0]!.projectNumber).toBe(number);
    }
  });

  it("are in the API's lists and the CLI's --json output", async () => {
    const requirement = await searchableRequirement({ title: "计量装置故障预警" });
    const number = await numberOf(requirement.id);
    const response = await listRequirements(
      new NextRequest("http://localhost:3000/api/v1/requirements"),
      { params: Promise.resolve({}) },
    );
    expect((await response.json()).items[0]).toMatchObject({ projectNumber: number });
    let stdout = "";
    await runCli(["search", "计量", "--json"], {
      out: (text) => void (stdout += text),
      err: () => {},
    });
    expect(JSON.parse(stdout).items[0]).toMatchObject({ projectNumber: number });
  });
});
