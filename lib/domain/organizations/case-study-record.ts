import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/domain/errors";
import type { z } from "zod";
import type { caseStudySchema } from "./case-study.schema";
import { requireKnownTags } from "./require-known-tags";

type Tx = Prisma.TransactionClient;

export const caseStudyFields = {
  title: true,
  industry: true,
  capabilities: true,
  year: true,
  summary: true,
  clientName: true,
} as const;

/** The row's data from parsed form values, after checking its tags against the Tag table. */
export async function caseStudyData(tx: Tx, data: z.output<typeof caseStudySchema>) {
  await requireKnownTags(tx, [
    { field: "industry", kind: "INDUSTRY", slugs: [data.industry] },
    { field: "capabilities", kind: "CAPABILITY", slugs: data.capabilities },
  ]);
  return {
    title: data.title,
    industry: data.industry,
    capabilities: data.capabilities,
    year: data.year,
    summary: data.summary,
    clientName: data.clientName ?? null,
  };
}

/** The case study `id` of `orgId` (the tenant condition is part of the lookup). */
export async function findOwnCaseStudy(tx: Tx, orgId: string, id: string) {
  const row = await tx.caseStudy.findFirst({ where: { id, orgId }, select: caseStudyFields });
  if (!row) throw new DomainError("NOT_FOUND", "caseStudyNotFound");
  return row;
}
