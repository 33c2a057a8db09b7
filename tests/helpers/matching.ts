import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { refreshOrganizationSearch } from "@/lib/domain/organizations/search/refresh-organization-search";
import { createCaseStudy } from "./factories";
import { searchableVendor } from "./search";

type CaseInput = Omit<Prisma.CaseStudyUncheckedCreateInput, "orgId">;

/** A vendor with case studies, indexed as the application indexes a profile. */
export async function vendorWithCases(
  profile: Partial<Prisma.OrganizationUncheckedCreateInput>,
  cases: Partial<CaseInput>[] = [],
) {
  const vendor = await searchableVendor(profile);
  for (const c of cases) await createCaseStudy({ orgId: vendor.id, ...c });
  if (cases.length) await refreshOrganizationSearch(db, vendor.id);
  return vendor;
}

/** The sum of a result's contributions, as its score is. */
export const sumOfContributions = (item: { contributions: { points: number }[] }) =>
  Math.round(item.contributions.reduce((sum, c) => sum + c.points, 0) * 10_000) / 10_000;
