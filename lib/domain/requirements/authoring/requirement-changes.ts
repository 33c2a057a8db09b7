import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CriterionValues, EditableColumn, RequirementColumns } from "./requirement-record";

type Snapshot = RequirementColumns & { criteria: CriterionValues[] };
type Field = EditableColumn | "criteria";

/** A value as the audit log keeps it (JSON: instants as ISO 8601 strings). */
function auditValue(value: unknown): Prisma.InputJsonValue | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return value as Prisma.InputJsonValue;
}

/** Every field of a snapshot, for the audit event of a new draft. */
export function auditSnapshot(snapshot: Snapshot): Record<string, Prisma.InputJsonValue | null> {
  return Object.fromEntries(
    Object.entries(snapshot).map(([key, value]) => [key, auditValue(value)]),
  );
}

/** Which fields an edit changes, with their values before and after (as the audit log keeps them). */
export function requirementChanges(current: Snapshot, next: Snapshot) {
  const changed = (Object.keys(next) as Field[]).filter(
    (field) =>
      JSON.stringify(auditValue(current[field])) !== JSON.stringify(auditValue(next[field])),
  );
  const pick = (snapshot: Snapshot) =>
    Object.fromEntries(changed.map((field) => [field, auditValue(snapshot[field])]));
  return { changed, before: pick(current), after: pick(next) };
}
