import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/domain/errors";
import { visibleRequirementsWhere } from "@/lib/domain/requirements/visibility";

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
