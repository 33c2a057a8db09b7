import "server-only";

import { mapInSlices } from "@/lib/async/in-slices";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { VendorFacts } from "@/lib/matching/profiles";
import { countTerms, type TermCounts } from "@/lib/matching/text-vectors";
import { VENDOR_TEXT_LINES } from "@/lib/matching/text-lines";
import { searchTextWordsSql } from "./search-text-words";

/** A vendor as matching ranks and shows it. */
export interface MatchableVendor {
  facts: VendorFacts;
  key: string | null;
  name: string;
  nameEn: string | null;
  /** The words of its description and case studies (lib/matching/text-lines.ts). */
  terms: TermCounts;
}

interface VendorRow {
  id: string;
  key: string | null;
  name: string;
  nameEn: string | null;
  region: string | null;
  industries: string[];
  capabilities: string[];
  verified: boolean;
  domesticStack: boolean;
  words: string;
}

interface CaseRow {
  orgId: string;
  industry: string;
  capabilities: string[];
}

interface RecordRow {
  vendorOrgId: string;
  awards: number;
  completed: number;
  ratingTotal: number;
}

/**
 * Vendors (all, or those with the given ids) with their case studies and track record, in three
 * queries. The text comes from the search index, segmented once when the profile was written.
 */
export async function loadVendors(ids?: string[]): Promise<MatchableVendor[]> {
  const only = (column: string) =>
    ids ? Prisma.sql`AND ${Prisma.raw(column)} = ANY(${ids})` : Prisma.empty;
  const [vendors, cases, records] = await Promise.all([
    db.$queryRaw<VendorRow[]>`
      SELECT id, key, name, "nameEn", region, industries, capabilities,
             "verificationStatus" = 'VERIFIED' AS verified, "domesticStack",
             ${searchTextWordsSql(VENDOR_TEXT_LINES)} AS words
      FROM "Organization" WHERE kind = 'VENDOR' ${only("id")}`,
    db.$queryRaw<CaseRow[]>`
      SELECT "orgId", industry, capabilities FROM "CaseStudy" WHERE true ${only('"orgId"')}`,
    db.$queryRaw<RecordRow[]>`
      SELECT p."vendorOrgId", count(*)::int AS awards, count(c."completedAt")::int AS completed,
             coalesce(sum(c.rating) FILTER (WHERE c."completedAt" IS NOT NULL), 0)::int AS "ratingTotal"
      FROM "Award" a JOIN "Proposal" p ON p.id = a."proposalId"
      LEFT JOIN "Contract" c ON c."awardId" = a.id
      WHERE true ${only('p."vendorOrgId"')}
      GROUP BY p."vendorOrgId"`,
  ]);
  const casesOf = new Map<string, CaseRow[]>();
  for (const row of cases)
    (casesOf.get(row.orgId) ?? casesOf.set(row.orgId, []).get(row.orgId)!).push(row);
  const recordOf = new Map(records.map((row) => [row.vendorOrgId, row]));
  return mapInSlices(vendors, (row) => ({
    key: row.key,
    name: row.name,
    nameEn: row.nameEn,
    terms: countTerms(row.words.split(" ")),
    facts: {
      id: row.id,
      region: row.region,
      industries: row.industries,
      capabilities: row.capabilities,
      verified: row.verified,
      domesticStack: row.domesticStack,
      cases: casesOf.get(row.id) ?? [],
      awards: recordOf.get(row.id)?.awards ?? 0,
      completedContracts: recordOf.get(row.id)?.completed ?? 0,
      ratingTotal: recordOf.get(row.id)?.ratingTotal ?? 0,
    },
  }));
}
