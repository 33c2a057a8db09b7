import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { parseInput } from "@/lib/validation/parse-input";
import { AUTHORING_ACTIONS } from "./draft-rules";
import { requireKnownRequirementTags } from "./known-requirement-tags";
import { auditSnapshot } from "./requirement-changes";
import { requirementFieldsSchema, type RequirementFieldsInput } from "./requirement-fields.schema";
import { criterionRows, criterionValues, requirementColumns } from "./requirement-record";
import { requireEnterpriseMember } from "@/lib/auth/guards";
import { refreshRequirementSearch } from "../search/refresh-requirement-search";

/**
 * A member of an enterprise saves a new requirement as a DRAFT of their organization, with its
 * evaluation criteria. Nobody outside the organization sees it until an admin approves it.
 */
export async function createRequirementDraft(
  actor: Actor,
  input: RequirementFieldsInput,
): Promise<{ id: string; version: number }> {
  const member = requireEnterpriseMember(actor);
  const data = parseInput(requirementFieldsSchema, input);
  await requireKnownRequirementTags(data);
  const columns = requirementColumns(data);
  const criteria = criterionValues(data.criteria);
  return db.$transaction(async (tx) => {
    const requirement = await tx.requirement.create({
      data: { ...columns, orgId: member.orgId, createdById: member.userId, status: "DRAFT" },
      select: { id: true, version: true },
    });
    await tx.evaluationCriterion.createMany({ data: criterionRows(requirement.id, criteria) });
    await refreshRequirementSearch(tx, requirement.id);
    await recordAuditEvent(tx, member, {
      entityType: "requirement",
      entityId: requirement.id,
      orgId: member.orgId,
      action: AUTHORING_ACTIONS.create,
      after: { status: "DRAFT", ...auditSnapshot({ ...columns, criteria }) },
    });
    return requirement;
  });
}
