import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { caseStudyData, findOwnCaseStudy } from "./case-study-record";
import { updateCaseStudySchema, type UpdateCaseStudyInput } from "./case-study.schema";
import { parseInput } from "@/lib/validation/parse-input";
import { requireVendorOwner } from "@/lib/auth/guards";
import { refreshOrganizationSearch } from "./search/refresh-organization-search";

/** A vendor's owner edits one of the organization's case studies. */
export async function updateCaseStudy(
  actor: Actor,
  input: UpdateCaseStudyInput & { orgId: string },
): Promise<void> {
  const owner = requireVendorOwner(actor, input.orgId);
  const { id, ...parsed } = parseInput(updateCaseStudySchema, input);
  await db.$transaction(async (tx) => {
    const before = await findOwnCaseStudy(tx, owner.orgId, id);
    const data = await caseStudyData(tx, parsed);
    await tx.caseStudy.update({ where: { id, orgId: owner.orgId }, data });
    await refreshOrganizationSearch(tx, owner.orgId);
    await recordAuditEvent(tx, owner, {
      entityType: "caseStudy",
      entityId: id,
      orgId: owner.orgId,
      action: "case-study.update",
      before,
      after: data,
    });
  });
}
