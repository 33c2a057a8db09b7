import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { findOwnCaseStudy } from "./case-study-record";
import { removeCaseStudySchema, type RemoveCaseStudyInput } from "./case-study.schema";
import { parseInput } from "@/lib/validation/parse-input";
import { requireVendorOwner } from "@/lib/auth/guards";
import { refreshOrganizationSearch } from "./search/refresh-organization-search";

/** A vendor's owner removes one of the organization's case studies. */
export async function removeCaseStudy(
  actor: Actor,
  input: RemoveCaseStudyInput & { orgId: string },
): Promise<void> {
  const owner = requireVendorOwner(actor, input.orgId);
  const { id } = parseInput(removeCaseStudySchema, input);
  await db.$transaction(async (tx) => {
    const before = await findOwnCaseStudy(tx, owner.orgId, id);
    await tx.caseStudy.delete({ where: { id, orgId: owner.orgId } });
    await refreshOrganizationSearch(tx, owner.orgId);
    await recordAuditEvent(tx, owner, {
      entityType: "caseStudy",
      entityId: id,
      orgId: owner.orgId,
      action: "case-study.remove",
      before,
    });
  });
}
