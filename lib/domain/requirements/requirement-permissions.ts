import type { Actor } from "@/lib/auth/actor";
import { admin, memberOf, memberOfKind, ownerOf, signedIn } from "@/lib/auth/guards";
import { anyOf, definePermission, type Permission } from "@/lib/auth/permission";
import { forbidden } from "@/lib/domain/errors";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { isEditable } from "./authoring/draft-rules";
import {
  REQUIREMENT_TRANSITIONS,
  canTransition,
  type RequirementAction,
  type TransitionTrigger,
} from "./state-machine";

/** What a page shows a viewer of one requirement; the use cases still check on their own. */
export interface RequirementActions {
  /** Open the editor (a DRAFT, for members of the owner organization). */
  canEdit: boolean;
  canCancel: boolean;
  canTakeDown: boolean;
  /** Approve, request changes or reject (a requirement under review, for admins). */
  canModerate: boolean;
  canReport: boolean;
  /** The history and the reason of the last decision (owner organization and admins). */
  canSeeHistory: boolean;
  /** Move the deadlines with a change notice (owners, while open for proposals). */
  canChangeDeadlines: boolean;
}

interface RequirementRef {
  orgId: string;
  status: RequirementStatus;
}

/** The permission each trigger of the state machine stands for, on the owner organization. */
const TRIGGER_PERMISSIONS: Record<TransitionTrigger, Permission<string>> = {
  member: memberOf,
  owner: ownerOf,
  admin: definePermission<string>((actor) => admin.refusal(actor)),
  system: definePermission<string>(() => forbidden()),
};

/** The state machine allows `action` from the requirement's status, and the actor may trigger it. */
export function mayTrigger(actor: Actor, requirement: RequirementRef, action: RequirementAction) {
  const { by } = REQUIREMENT_TRANSITIONS[action];
  return (
    canTransition(requirement.status, action) &&
    TRIGGER_PERMISSIONS[by].can(actor, requirement.orgId)
  );
}

/** Members of the owner organization and admins read its history and decision reasons. */
const seesInternals = anyOf<string>(TRIGGER_PERMISSIONS.admin, memberOf);

export function maySeeInternals(actor: Actor, orgId: string): boolean {
  return seesInternals.can(actor, orgId);
}

/**
 * Whom vendors may contact about a requirement (name, phone, email): signed-in vendors, whom it
 * is for, the owner organization and admins; not visitors nor other enterprises.
 */
export function maySeeContact(actor: Actor, orgId: string): boolean {
  return maySeeInternals(actor, orgId) || memberOfKind.can(actor, "VENDOR");
}

const MODERATION_DECISIONS = ["approve", "requestChanges", "reject"] as const;

/** Everything `actor` may do with a requirement they can see, decided in one place. */
export function requirementActionsFor(
  actor: Actor,
  requirement: RequirementRef,
): RequirementActions {
  const member = memberOf.can(actor, requirement.orgId);
  const isAdmin = admin.can(actor);
  return {
    canEdit: member && isEditable(requirement.status),
    canCancel: mayTrigger(actor, requirement, "cancel"),
    canTakeDown: mayTrigger(actor, requirement, "takeDown"),
    canModerate: MODERATION_DECISIONS.every((action) => mayTrigger(actor, requirement, action)),
    // The owner organization does not flag its own listing; admins act on it directly.
    canReport: signedIn.can(actor) && !member && !isAdmin,
    canSeeHistory: maySeeInternals(actor, requirement.orgId),
    // `status` is the one a reader sees: PUBLISHED means open for proposals by the database's clock.
    canChangeDeadlines: ownerOf.can(actor, requirement.orgId) && requirement.status === "PUBLISHED",
  };
}
