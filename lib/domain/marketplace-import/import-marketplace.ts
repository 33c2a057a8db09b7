import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { adminOrPlatform } from "@/lib/auth/guards";
import { DomainError } from "@/lib/domain/errors";
import { operatorText } from "@/lib/i18n/operator-text";
import { formatZodProblem } from "@/lib/validation/format-zod-problem";
import { findReferenceProblems } from "./check-references";
import { importFileSchema } from "./import-file.schema";
import { upsertOrganization } from "./upsert-organization";
import { upsertRequirement } from "./upsert-requirement";

type Tx = Prisma.TransactionClient;

export interface ImportSummary {
  organizations: { created: number; updated: number };
  requirements: { created: number; updated: number };
}

/**
 * Upserts organizations and requirements by key (shared/spec/cli-and-import.md), in one
 * transaction: a bad file writes nothing. Only operators (system actors) and admins may import.
 */
export async function importMarketplace(actor: Actor, input: unknown): Promise<ImportSummary> {
  adminOrPlatform.require(actor);
  const parsed = importFileSchema.safeParse(input);
  if (!parsed.success)
    throw new DomainError("VALIDATION", formatZodProblem(parsed.error, operatorText));
  const file = parsed.data;

  return db.$transaction(
    async (tx) => {
      const problems = findReferenceProblems(
        file,
        await loadKnownTags(tx),
        await enterpriseKeys(tx),
      );
      if (problems.length > 0) throw new DomainError("VALIDATION", problems[0]!);
      const summary: ImportSummary = {
        organizations: { created: 0, updated: 0 },
        requirements: { created: 0, updated: 0 },
      };
      for (const org of file.organizations) {
        summary.organizations[(await upsertOrganization(tx, actor, org)) ? "created" : "updated"]++;
      }
      const importedAt = Date.now();
      for (const [index, req] of file.requirements.entries()) {
        // File order is publication order: the first requirement is the most recent.
        const publishedAt = new Date(importedAt - index * 60_000);
        summary.requirements[
          (await upsertRequirement(tx, actor, req, publishedAt)) ? "created" : "updated"
        ]++;
      }
      return summary;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

async function loadKnownTags(tx: Tx) {
  const tags = await tx.tag.findMany({ select: { slug: true, kind: true } });
  const of = (kind: string) => new Set(tags.filter((t) => t.kind === kind).map((t) => t.slug));
  return { capabilities: of("CAPABILITY"), industries: of("INDUSTRY") };
}

async function enterpriseKeys(tx: Tx): Promise<Set<string>> {
  const rows = await tx.organization.findMany({
    where: { kind: "ENTERPRISE", key: { not: null } },
    select: { key: true },
  });
  return new Set(rows.map((r) => r.key!));
}
