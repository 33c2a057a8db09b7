import "server-only";

import { mapInSlices } from "@/lib/async/in-slices";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RequirementStatus, Visibility } from "@/lib/generated/prisma/enums";
import type { RequirementFacts } from "@/lib/matching/profiles";
import { countTerms, type TermCounts } from "@/lib/matching/text-vectors";
import { REQUIREMENT_TEXT_LINES } from "@/lib/matching/text-lines";
import { searchTextWordsSql } from "./search-text-words";

/** A requirement as matching ranks and shows it. */
export interface MatchableRequirement {
  facts: RequirementFacts;
  key: string | null;
  title: string;
  status: RequirementStatus;
  visibility: Visibility;
  deadline: Date | null;
  /** Moves with every write of the row, so a copy with the same one has the same texts. */
  updatedAt: Date;
  /** The words of its title, summary and body texts (lib/matching/text-lines.ts). */
  terms: TermCounts;
}

interface RequirementRow {
  id: string;
  key: string | null;
  orgId: string;
  title: string;
  industry: string;
  capabilities: string[];
  region: string | null;
  domesticStackRequired: boolean;
  status: RequirementStatus;
  visibility: Visibility;
  deadline: Date | null;
  updatedAt: Date;
  words: string;
}

/** Requirements meeting a SQL condition on the table aliased `r`, in one query. */
export async function loadRequirements(where: Prisma.Sql): Promise<MatchableRequirement[]> {
  const rows = await db.$queryRaw<RequirementRow[]>`
    SELECT id, key, "orgId", title, industry, capabilities, region, "domesticStackRequired", status, visibility, deadline, "updatedAt",
           ${searchTextWordsSql(REQUIREMENT_TEXT_LINES)} AS words
    FROM "Requirement" r WHERE ${where}`;
  // The corpus reads every published requirement: their words are counted in slices.
  return mapInSlices(
    rows,
    ({ words, key, title, status, visibility, deadline, updatedAt, ...facts }) => ({
      facts,
      key,
      title,
      status,
      visibility,
      deadline,
      updatedAt,
      terms: countTerms(words.split(" ")),
    }),
  );
}

export const requirementsWithIds = (ids: string[]) => Prisma.sql`r.id = ANY(${ids})`;
