import "server-only";
import type { Actor } from "@/lib/auth/actor";
import {
  admin,
  memberOf,
  memberOfKind,
  memberOrAdmin,
  ownerOf,
  platform,
  requireOwnMembership,
  signedIn,
  type MemberActor,
  type UserActor,
} from "@/lib/auth/guards";
import { definePermission, type Permission } from "@/lib/auth/permission";
import { DomainError } from "@/lib/domain/errors";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { editableRefusal } from "./authoring/draft-rules";
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

export interface RequirementRef {
  orgId: string;
  status: RequirementStatus;
}

/** The permission each trigger of the state machine stands for, on the owner organization. */
const TRIGGER_PERMISSIONS: Record<TransitionTrigger, Permission<string>> = {
  member: memberOf,
  owner: ownerOf,
  admin: definePermission<string>((actor) => admin.refusal(actor)),
  system: definePermission<string>((actor) => platform.refusal(actor)),
};

type ActionsBy<Trigger extends TransitionTrigger> = {
  [Action in RequirementAction]: (typeof REQUIREMENT_TRANSITIONS)[Action]["by"] extends Trigger
    ? Action
    : never;
}[RequirementAction];

/**
 * For a transition's use case, before it reads the requirement: the actor may trigger `action`.
 * A member's or owner's action is asked of the actor's own organization, and the use case then
 * reads the requirement within it (another organization's is "not found"); whether the state
 * machine allows the move is decided on the locked row (applyTransition).
 */
export function requireTrigger(actor: Actor, action: ActionsBy<"member" | "owner">): MemberActor;
export function requireTrigger(actor: Actor, action: ActionsBy<"admin">): UserActor;
export function requireTrigger(actor: Actor, action: RequirementAction): UserActor {
  const { by } = REQUIREMENT_TRANSITIONS[action];
  if (by === "member" || by === "owner") {
    const member = requireOwnMembership(actor);
    TRIGGER_PERMISSIONS[by].require(member, member.orgId);
    return member;
  }
  // Admins and the platform act on any organization's requirement.
  TRIGGER_PERMISSIONS[by].require(actor, "");
  return actor as UserActor;
}

/** The state machine allows `action` from the requirement's status, and the actor may trigger it. */
export function mayTrigger(actor: Actor, requirement: RequirementRef, action: RequirementAction) {
  const { by } = REQUIREMENT_TRANSITIONS[action];
  return (
    canTransition(requirement.status, action) &&
    TRIGGER_PERMISSIONS[by].can(actor, requirement.orgId)
  );
}

/** Members of the owner organization edit a requirement while it is editable (a DRAFT). */
export const editRequirement = definePermission<RequirementRef>(
  (actor, requirement) =>
    memberOf.refusal(actor, requirement.orgId) ?? editableRefusal(requirement.status),
);

/**
 * Owners of the owner organization move the deadlines while it is open for proposals. `status`
 * is the one a reader sees (PUBLISHED means open by the database's clock); the use case asks
 * again with the requirement it locked.
 */
export const changeRequirementDeadlines = definePermission<RequirementRef>(
  (actor, requirement) =>
    ownerOf.refusal(actor, requirement.orgId) ??
    (requirement.status === "PUBLISHED" ? null : new DomainError("CONFLICT", "requirementNotOpen")),
);

/** Members of the owner organization and admins read its history and decision reasons. */
export function maySeeInternals(actor: Actor, orgId: string): boolean {
  return memberOrAdmin.can(actor, orgId);
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
  const insider = maySeeInternals(actor, requirement.orgId);
  return {
    canEdit: editRequirement.can(actor, requirement),
    canCancel: mayTrigger(actor, requirement, "cancel"),
    canTakeDown: mayTrigger(actor, requirement, "takeDown"),
    canModerate: MODERATION_DECISIONS.every((action) => mayTrigger(actor, requirement, action)),
    // The owner organization does not flag its own listing; admins act on it directly.
    canReport: signedIn.can(actor) && !insider,
    canSeeHistory: insider,
    canChangeDeadlines: changeRequirementDeadlines.can(actor, requirement),
  };
}
