import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { adminOrPlatform } from "@/lib/auth/guards";
import { notFound } from "@/lib/domain/errors";

/** States in which a requirement is on the public market (listed, or kept visible as a record). */
export const LISTED_STATUSES: RequirementStatus[] = [
  "PUBLISHED",
  "EVALUATING",
  "AWARDED",
  "CONTRACTED",
  "COMPLETED",
  "UNSUCCESSFUL",
];

/**
 * The `where` condition for requirements the actor may see. Visitors see listed PUBLIC
 * requirements; the owner organization, invited vendors and admins are added as their
 * features arrive (issue 4 widens this for signed-in users).
 */
export function visibleRequirementsWhere(actor: Actor): Prisma.RequirementWhereInput {
  if (adminOrPlatform.can(actor)) return {};
  const publicListing: Prisma.RequirementWhereInput = {
    status: { in: LISTED_STATUSES },
    visibility: "PUBLIC",
  };
  if (actor.kind !== "user" || !actor.orgId) return publicListing;
  return {
    OR: [
      publicListing,
      { orgId: actor.orgId },
      { status: { in: LISTED_STATUSES }, bidInvitations: { some: { vendorOrgId: actor.orgId } } },
    ],
  };
}

/** The requirement, if the actor may see it; "not found" otherwise, whatever the reason. */
export async function requireVisibleRequirement(
  client: Pick<Prisma.TransactionClient, "requirement">,
  actor: Actor,
  requirementId: string,
): Promise<{ id: string; orgId: string }> {
  const found = await client.requirement.findFirst({
    where: { AND: [{ id: requirementId }, visibleRequirementsWhere(actor)] },
    select: { id: true, orgId: true },
  });
  if (!found) throw notFound("Requirement");
  return found;
}
