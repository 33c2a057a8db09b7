import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { DomainError, forbidden } from "@/lib/domain/errors";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { formatZodProblem } from "@/lib/validation/format-zod-problem";
import { findReferenceProblems } from "./check-references";
import {
  importFileSchema,
  type ImportOrganization,
  type ImportRequirement,
} from "./import-file.schema";

type Tx = Prisma.TransactionClient;

export interface ImportSummary {
  organizations: { created: number; updated: number };
  requirements: { created: number; updated: number };
}

const STATES_AFTER_REVIEW = new Set([
  "PUBLISHED",
  "EVALUATING",
  "AWARDED",
  "CONTRACTED",
  "COMPLETED",
  "REMOVED",
  "UNSUCCESSFUL",
]);
const CLOSED_STATES = new Set(["EVALUATING", "AWARDED", "CONTRACTED", "COMPLETED", "UNSUCCESSFUL"]);

/**
 * Upserts organizations and requirements by key (shared/spec/cli-and-import.md), in one
 * transaction: a bad file writes nothing. Only operators (system actors) and admins may import.
 */
export async function importMarketplace(actor: Actor, input: unknown): Promise<ImportSummary> {
  if (actor.kind !== "system" && !(actor.kind === "user" && actor.isAdmin)) throw forbidden();
  const parsed = importFileSchema.safeParse(input);
  if (!parsed.success) throw new DomainError("VALIDATION", formatZodProblem(parsed.error));
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

/** Returns true when the organization was created. */
async function upsertOrganization(tx: Tx, actor: Actor, org: ImportOrganization): Promise<boolean> {
  const existing = await tx.organization.findUnique({
    where: { key: org.key },
    select: { id: true },
  });
  const fields = {
    kind: org.kind,
    name: org.name,
    nameEn: org.nameEn ?? null,
    creditCode: org.creditCode ?? null,
    region: org.region ?? null,
    industries: org.industries,
    capabilities: org.capabilities,
    description: org.description,
    website: org.website ?? null,
    verificationStatus: org.verified ? ("VERIFIED" as const) : ("UNVERIFIED" as const),
    verifiedAt: org.verified ? new Date() : null,
  };
  const saved = await tx.organization.upsert({
    where: { key: org.key },
    create: { key: org.key, ...fields },
    update: fields,
    select: { id: true },
  });
  await tx.caseStudy.deleteMany({ where: { orgId: saved.id } });
  await tx.caseStudy.createMany({ data: org.cases.map((c) => ({ ...c, orgId: saved.id })) });
  await tx.certification.deleteMany({ where: { orgId: saved.id } });
  await tx.certification.createMany({
    data: org.certifications.map((name) => ({ name, orgId: saved.id })),
  });
  await recordAuditEvent(tx, actor, {
    entityType: "organization",
    entityId: saved.id,
    orgId: saved.id,
    action: existing ? "organization.import-update" : "organization.import-create",
    after: { key: org.key, name: org.name, kind: org.kind, verified: org.verified },
  });
  return !existing;
}

async function upsertRequirement(
  tx: Tx,
  actor: Actor,
  req: ImportRequirement,
  publishedAt: Date,
): Promise<boolean> {
  const { key, org: orgKey, criteria, ...fields } = req;
  const org = await tx.organization.findUniqueOrThrow({
    where: { key: orgKey },
    select: { id: true },
  });
  const existing = await tx.requirement.findUnique({
    where: { key: req.key },
    select: { id: true, status: true, publishedAt: true },
  });
  const data = {
    ...fields,
    orgId: org.id,
    submittedAt: req.status === "DRAFT" ? null : publishedAt,
    publishedAt: STATES_AFTER_REVIEW.has(req.status)
      ? (existing?.publishedAt ?? publishedAt)
      : null,
    closedAt: CLOSED_STATES.has(req.status) ? (req.deadline ?? publishedAt) : null,
  };
  const saved = await tx.requirement.upsert({
    where: { key },
    create: { key, ...data },
    update: { ...data, version: { increment: 1 } },
    select: { id: true },
  });
  await replaceCriteria(tx, saved.id, criteria);
  await recordAuditEvent(tx, actor, {
    entityType: "requirement",
    entityId: saved.id,
    orgId: org.id,
    action: existing ? "requirement.import-update" : "requirement.import-create",
    before: existing ? { status: existing.status } : null,
    after: { key, title: req.title, status: req.status },
  });
  return !existing;
}

/** Keeps criterion rows (and so their scores) by position; removes positions no longer present. */
async function replaceCriteria(
  tx: Tx,
  requirementId: string,
  criteria: ImportRequirement["criteria"],
) {
  await tx.evaluationCriterion.deleteMany({
    where: { requirementId, position: { gte: criteria.length } },
  });
  for (const [position, c] of criteria.entries()) {
    const fields = { name: c.name, weight: c.weight, description: c.description ?? null };
    await tx.evaluationCriterion.upsert({
      where: { requirementId_position: { requirementId, position } },
      create: { requirementId, position, ...fields },
      update: fields,
    });
  }
}
