import { readFileSync } from "node:fs";
import { db } from "@/lib/db";
import { importMarketplace } from "@/lib/domain/marketplace-import/import-marketplace";
import { refreshOrganizationSearch } from "@/lib/domain/organizations/search/refresh-organization-search";
import { refreshRequirementSearch } from "@/lib/domain/requirements/search/refresh-requirement-search";
import { createOrganization, createRequirement } from "./factories";

// Factories write rows directly, as no use case does; these index them the way every write
// path of the application does.

export async function searchableRequirement(overrides: Parameters<typeof createRequirement>[0]) {
  const requirement = await createRequirement(overrides);
  await refreshRequirementSearch(db, requirement.id);
  return requirement;
}

export async function searchableVendor(overrides: Parameters<typeof createOrganization>[0]) {
  const vendor = await createOrganization({ kind: "VENDOR", industries: [], ...overrides });
  await refreshOrganizationSearch(db, vendor.id);
  return vendor;
}

/** The parts of the demo import file (prisma/seed/data/marketplace.json) the tests look at. */
interface DemoFile {
  organizations: { key: string }[];
  requirements: { key: string; org: string; title: string; capabilities: string[] }[];
}

const demoFile = () =>
  JSON.parse(readFileSync("prisma/seed/data/marketplace.json", "utf8")) as DemoFile;

/**
 * Imports the demo marketplace's requirements with these keys (and their organizations)
 * through the import use case the seed runs. Returns the requirements' ids by key.
 */
export async function importDemoRequirements(keys: string[]): Promise<Record<string, string>> {
  const file = demoFile();
  const requirements = file.requirements.filter((r) => keys.includes(r.key));
  const orgKeys = new Set(requirements.map((r) => r.org));
  await importMarketplace(
    { kind: "system", name: "seed" },
    { organizations: file.organizations.filter((o) => orgKeys.has(o.key)), requirements },
  );
  const rows = await db.requirement.findMany({
    where: { key: { in: keys } },
    select: { id: true, key: true },
  });
  return Object.fromEntries(rows.map((row) => [row.key!, row.id]));
}

/** The demo marketplace's requirement of `key`, as the import file has it. */
export function demoRequirement(key: string) {
  const found = demoFile().requirements.find((r) => r.key === key);
  if (!found) throw new Error(`no demo requirement ${key}`);
  return found;
}
