import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/domain/audit/record-audit-event";
import { caseStudyData } from "./case-study-record";
import { caseStudySchema, type CaseStudyInput } from "./case-study.schema";
import { parseInput } from "@/lib/validation/parse-input";
import { requireVendorOwner } from "@/lib/auth/guards";
import { refreshOrganizationSearch } from "./search/refresh-organization-search";

/** A vendor's owner adds a case study to the organization's profile. */
export async function addCaseStudy(
  actor: Actor,
  input: CaseStudyInput & { orgId: string },
): Promise<{ id: string }> {
  const owner = requireVendorOwner(actor, input.orgId);
  const parsed = parseInput(caseStudySchema, input);
  return db.$transaction(async (tx) => {
    const data = await caseStudyData(tx, parsed);
    const row = await tx.caseStudy.create({
      data: { ...data, orgId: owner.orgId },
      select: { id: true },
    });
    await refreshOrganizationSearch(tx, owner.orgId);
    await recordAuditEvent(tx, owner, {
      entityType: "caseStudy",
      entityId: row.id,
      orgId: owner.orgId,
      action: "case-study.add",
      after: data,
    });
    return row;
  });
}
