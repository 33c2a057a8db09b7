import type { Actor } from "@/lib/auth/actor";
import { isVendorMember } from "@/lib/auth/guards";
import { markInvitationViewed } from "@/lib/domain/bid-invitations/mark-invitation-viewed";
import { seeMatchesOf } from "@/lib/domain/matching/matching-permissions";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { RecommendedVendorsPanel } from "./recommended-vendors-panel";
import { SimilarRequirementsPanel } from "./similar-requirements-panel";

/**
 * Matching on a requirement's page: for its enterprise and admins the recommended vendors (with
 * invitations), for everyone the similar requirements. An invited vendor opening the page has
 * read its invitation, which the enterprise then sees as viewed.
 */
export async function RequirementMatching({
  actor,
  requirement,
}: {
  actor: Actor;
  requirement: { id: string; orgId: string; status: RequirementStatus };
}) {
  if (isVendorMember(actor)) await markInvitationViewed(actor, { requirementId: requirement.id });
  return (
    <>
      {seeMatchesOf.can(actor, requirement.orgId) && (
        <RecommendedVendorsPanel
          actor={actor}
          requirement={{ ...requirement, open: requirement.status === "PUBLISHED" }}
        />
      )}
      <SimilarRequirementsPanel actor={actor} requirementId={requirement.id} />
    </>
  );
}
