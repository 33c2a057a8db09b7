import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { DomainError } from "@/lib/domain/errors";
import { refreshRequirementSearch } from "@/lib/domain/requirements/search/refresh-requirement-search";
import type { ImportRequirement } from "./import-file.schema";

type Tx = Prisma.TransactionClient;

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
 * Returns true when the requirement was created. `publishedAt` is the import's publication time
 * for requirements whose file gives none (their submission time too).
 */
export async function upsertRequirement(
  tx: Tx,
  actor: Actor,
  req: ImportRequirement,
  publishedAt: Date,
): Promise<boolean> {
  const {
    key,
    org: orgKey,
    criteria = [],
    createdAt,
    submittedAt,
    publishedAt: published,
    ...fields
  } = req;
  const org = await tx.organization.findUniqueOrThrow({
    where: { key: orgKey },
    select: { id: true },
  });
  const existing = await tx.requirement.findUnique({
    where: { key: req.key },
    select: {
      id: true,
      status: true,
      publishedAt: true,
      criteria: { select: { weight: true }, orderBy: { position: "asc" } },
    },
  });
  if (existing?.publishedAt && !sameWeights(existing.criteria, criteria)) {
    throw new DomainError("VALIDATION", `requirement "${key}": ${PUBLISHED_WEIGHTS_FIXED}`);
  }
  const data = {
    ...fields,
    // A file without a description empties it (other absent fields are left as they are).
    description: fields.description ?? "",
    orgId: org.id,
    submittedAt: req.status === "DRAFT" ? null : (submittedAt ?? published ?? publishedAt),
    publishedAt: STATES_AFTER_REVIEW.has(req.status)
      ? (published ?? existing?.publishedAt ?? publishedAt)
      : null,
    closedAt: CLOSED_STATES.has(req.status) ? (req.deadline ?? publishedAt) : null,
  };
  const saved = await tx.requirement.upsert({
    where: { key },
    create: { key, ...data, createdAt },
    update: { ...data, version: { increment: 1 } },
    select: { id: true },
  });
  await replaceCriteria(tx, saved.id, criteria);
  await refreshRequirementSearch(tx, saved.id);
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

const PUBLISHED_WEIGHTS_FIXED =
  "its evaluation criteria were published, so their number and weights cannot change";

/** The published weights are what bidders relied on: a re-import may not change them. */
const sameWeights = (published: { weight: number }[], imported: { weight: number }[]) =>
  published.length === imported.length &&
  published.every((c, i) => c.weight === imported[i]!.weight);

/** Keeps criterion rows (and so their scores) by position; removes positions no longer present. */
async function replaceCriteria(
  tx: Tx,
  requirementId: string,
  criteria: NonNullable<ImportRequirement["criteria"]>,
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
