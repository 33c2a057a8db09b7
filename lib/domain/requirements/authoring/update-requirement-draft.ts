import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireOwnMembership } from "@/lib/auth/guards";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { parseInput } from "@/lib/validation/parse-input";
import { editRequirement } from "../requirement-permissions";
import { lockRequirement } from "../transitions/lock-requirement";
import { AUTHORING_ACTIONS, EDITABLE_STATUS, changedByOther } from "./draft-rules";
import { requireKnownRequirementTags } from "./known-requirement-tags";
import { requirementChanges } from "./requirement-changes";
import {
  criteriaSelect,
  criterionRows,
  criterionValues,
  editableColumnsSelect,
  requirementColumns,
} from "./requirement-record";
import {
  updateRequirementDraftSchema,
  type UpdateRequirementDraftInput,
} from "./update-requirement-draft.schema";
import { refreshRequirementSearch } from "../search/refresh-requirement-search";

/**
 * A member of the owner organization saves a DRAFT. The save names the version it started from:
 * if someone saved in between, it is refused with who and when (never a silent overwrite).
 * Only changed fields are audited; the criteria are replaced as a whole list.
 */
export async function updateRequirementDraft(
  actor: Actor,
  input: UpdateRequirementDraftInput,
): Promise<{ id: string; version: number; changed: string[] }> {
  const member = requireOwnMembership(actor);
  const { requirementId, version, ...data } = parseInput(updateRequirementDraftSchema, input);
  await requireKnownRequirementTags(data);
  const next = { ...requirementColumns(data), criteria: criterionValues(data.criteria) };

  return db.$transaction(async (tx) => {
    const locked = await lockRequirement(tx, requirementId, { orgId: member.orgId });
    editRequirement.require(member, locked);
    if (locked.version !== version) throw await changedByOther(tx, requirementId);
    const current = await tx.requirement.findUniqueOrThrow({
      where: { id: requirementId },
      select: { ...editableColumnsSelect, criteria: criteriaSelect },
    });
    const { changed, before, after } = requirementChanges(current, next);
    if (changed.length === 0) return { id: requirementId, version, changed };

    const { criteria, ...columns } = next;
    const { count } = await tx.requirement.updateMany({
      where: { id: requirementId, orgId: member.orgId, version, status: EDITABLE_STATUS },
      data: { ...columns, version: { increment: 1 } },
    });
    if (count === 0) throw await changedByOther(tx, requirementId);
    await refreshRequirementSearch(tx, requirementId);
    if (changed.includes("criteria")) {
      await tx.evaluationCriterion.deleteMany({ where: { requirementId } });
      await tx.evaluationCriterion.createMany({ data: criterionRows(requirementId, criteria) });
    }
    await recordAuditEvent(tx, member, {
      entityType: "requirement",
      entityId: requirementId,
      orgId: member.orgId,
      action: AUTHORING_ACTIONS.update,
      before,
      after,
    });
    return { id: requirementId, version: version + 1, changed };
  });
}
