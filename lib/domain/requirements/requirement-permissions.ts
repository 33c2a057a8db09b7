import type { Actor } from "@/lib/auth/actor";
import { requireAdmin, requireMember, requireOwner, requireUser } from "@/lib/auth/guards";
import { requireVendorMember } from "@/lib/domain/bookmarks/vendor-member";
import { DomainError, forbidden } from "@/lib/domain/errors";
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
}

interface RequirementRef {
  orgId: string;
  status: RequirementStatus;
}

/** Whether `guard` lets the actor through (the guards throw a DomainError when not). */
function passes(guard: () => unknown): boolean {
  try {
    guard();
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}

/** The guard each trigger of the state machine stands for, as the use cases apply it. */
const TRIGGER_GUARDS: Record<TransitionTrigger, (actor: Actor, orgId: string) => unknown> = {
  member: requireMember,
  owner: requireOwner,
  admin: (actor) => requireAdmin(actor),
  system: () => {
    throw forbidden();
  },
};

/** The state machine allows `action` from the requirement's status, and the actor may trigger it. */
export function mayTrigger(actor: Actor, requirement: RequirementRef, action: RequirementAction) {
  const { by } = REQUIREMENT_TRANSITIONS[action];
  return (
    canTransition(requirement.status, action) &&
    passes(() => TRIGGER_GUARDS[by](actor, requirement.orgId))
  );
}

/** Members of the owner organization and admins read its history and decision reasons. */
export function maySeeInternals(actor: Actor, orgId: string): boolean {
  return passes(() => requireAdmin(actor)) || passes(() => requireMember(actor, orgId));
}

/**
 * Whom vendors may contact about a requirement (name, phone, email): signed-in vendors, whom it
 * is for, the owner organization and admins; not visitors nor other enterprises.
 */
export function maySeeContact(actor: Actor, orgId: string): boolean {
  return maySeeInternals(actor, orgId) || passes(() => requireVendorMember(actor));
}

const MODERATION_DECISIONS = ["approve", "requestChanges", "reject"] as const;

/** Everything `actor` may do with a requirement they can see, decided in one place. */
export function requirementActionsFor(
  actor: Actor,
  requirement: RequirementRef,
): RequirementActions {
  const member = passes(() => requireMember(actor, requirement.orgId));
  const admin = passes(() => requireAdmin(actor));
  return {
    canEdit: member && isEditable(requirement.status),
    canCancel: mayTrigger(actor, requirement, "cancel"),
    canTakeDown: mayTrigger(actor, requirement, "takeDown"),
    canModerate: MODERATION_DECISIONS.every((action) => mayTrigger(actor, requirement, action)),
    // The owner organization does not flag its own listing; admins act on it directly.
    canReport: passes(() => requireUser(actor)) && !member && !admin,
    canSeeHistory: maySeeInternals(actor, requirement.orgId),
  };
}
