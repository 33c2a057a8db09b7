import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { RequirementStatus as Statuses } from "@/lib/generated/prisma/enums";
import type { RequirementHistoryEvent } from "@/lib/domain/requirements/history/get-requirement-history";

type Snapshot = RequirementHistoryEvent["before"];

function field(snapshot: Snapshot, key: string): unknown {
  return snapshot && typeof snapshot === "object" && !Array.isArray(snapshot)
    ? snapshot[key]
    : undefined;
}

const asStatus = (value: unknown): RequirementStatus | null =>
  typeof value === "string" && value in Statuses ? (value as RequirementStatus) : null;

/**
 * What an event's before/after snapshots tell a reader: the status change of a transition, the
 * file of an attachment event.
 */
export function eventDetails(event: Pick<RequirementHistoryEvent, "before" | "after">) {
  const before = asStatus(field(event.before, "status"));
  const after = asStatus(field(event.after, "status"));
  const fileName = field(event.after, "fileName") ?? field(event.before, "fileName");
  return {
    statusChange: before && after && before !== after ? { before, after } : null,
    fileName: typeof fileName === "string" ? fileName : null,
  };
}
