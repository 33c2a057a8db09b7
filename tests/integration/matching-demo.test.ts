import { expect, it } from "vitest";
import { importMarketplace } from "@/lib/domain/marketplace-import/import-marketplace";
import { matchVendors } from "@/lib/domain/matching/match-vendors";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { demoMarketplace } from "@/tests/helpers/import-file";

setUpTestDatabase();

interface DemoFile {
  organizations: { key: string; kind: string }[];
  requirements: { key: string; org: string }[];
}

it("ranks a metering specialist first for the CSG energy-data requirement, then grid-data vendors", async () => {
  const file = demoMarketplace() as DemoFile;
  const requirements = file.requirements.filter((r) => r.key === "csg-energy-data-ai");
  const organizations = file.organizations.filter(
    (o) => o.kind === "VENDOR" || o.key === requirements[0]!.org,
  );
  await importMarketplace({ kind: "system", name: "seed" }, { organizations, requirements });
  const { items } = await matchVendors(
    { kind: "system", name: "cli" },
    { requirementKey: "csg-energy-data-ai", limit: 5 },
  );
  const top = items.map((item) => item.vendor.key);
  // A grid expert's shortlist: the metering specialist, then vendors with grid cases in the
  // capabilities asked for; no general cloud vendor without them. The requirement asks for 信创,
  // so a vendor that may not bid (亿嘉和, robotics, no 信创) is not among them.
  expect(top).toEqual([
    "yueliang-metering",
    "fourth-paradigm",
    "datacanvas",
    "damo-decision",
    "transwarp",
  ]);
  expect(items[0]!.reasons[0]).toMatch(/^覆盖所需能力 3\/4：/);
  expect(items.every((item) => item.reasons.some((r) => r.startsWith("电网行业案例")))).toBe(true);
  expect(items.every((item) => item.reasons.includes("满足信创要求（国产化技术栈）"))).toBe(true);
});
