import "server-only";

import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireVendorMember } from "@/lib/auth/guards";
import { notFound } from "@/lib/domain/errors";
import { visibleRequirementsWhere } from "@/lib/domain/requirements/visibility";

/** The requirements a vendor marked 不感兴趣. */
export async function dismissedRequirementIds(vendorOrgId: string): Promise<string[]> {
  const rows = await db.feedDismissal.findMany({
    where: { vendorOrgId },
    select: { requirementId: true },
  });
  return rows.map((row) => row.requirementId);
}

/** The actor's vendor, and a requirement it may see (NOT_FOUND otherwise). */
export async function vendorAndVisibleRequirement(actor: Actor, requirementId: string) {
  const member = requireVendorMember(actor);
  const requirement = await db.requirement.findFirst({
    where: { AND: [{ id: requirementId }, visibleRequirementsWhere(actor)] },
    select: { id: true },
  });
  if (!requirement) throw notFound("Requirement");
  return { vendorOrgId: member.orgId, requirementId: requirement.id };
}
