import "server-only";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/domain/errors";

/**
 * Who may trigger a transition: any member of the owner organization, only its OWNER, a platform
 * admin, or the platform itself (the deadline job).
 */
export type TransitionTrigger = "member" | "owner" | "admin" | "system";

interface TransitionRule {
  from: readonly RequirementStatus[];
  to: RequirementStatus;
  by: TransitionTrigger;
  /** The audit event's action. */
  audit: `requirement.${string}`;
}

const BEFORE_AWARD = ["DRAFT", "PENDING_REVIEW", "PUBLISHED", "EVALUATING"] as const;

/** The requirement workflow of DESIGN.md: every legal move, and nothing else. */
export const REQUIREMENT_TRANSITIONS = {
  submit: { from: ["DRAFT"], to: "PENDING_REVIEW", by: "member", audit: "requirement.submit" },
  approve: { from: ["PENDING_REVIEW"], to: "PUBLISHED", by: "admin", audit: "requirement.approve" },
  requestChanges: {
    from: ["PENDING_REVIEW"],
    to: "DRAFT",
    by: "admin",
    audit: "requirement.request-changes",
  },
  reject: { from: ["PENDING_REVIEW"], to: "REJECTED", by: "admin", audit: "requirement.reject" },
  takeDown: {
    from: ["PUBLISHED", "EVALUATING"],
    to: "REMOVED",
    by: "admin",
    audit: "requirement.take-down",
  },
  close: { from: ["PUBLISHED"], to: "EVALUATING", by: "system", audit: "requirement.close" },
  award: { from: ["EVALUATING"], to: "AWARDED", by: "member", audit: "requirement.award" },
  noAward: {
    from: ["EVALUATING"],
    to: "UNSUCCESSFUL",
    by: "member",
    audit: "requirement.no-award",
  },
  sign: { from: ["AWARDED"], to: "CONTRACTED", by: "member", audit: "requirement.sign" },
  complete: { from: ["CONTRACTED"], to: "COMPLETED", by: "member", audit: "requirement.complete" },
  cancel: { from: BEFORE_AWARD, to: "CANCELLED", by: "owner", audit: "requirement.cancel" },
} as const satisfies Record<string, TransitionRule>;

export type RequirementAction = keyof typeof REQUIREMENT_TRANSITIONS;

export function canTransition(status: RequirementStatus, action: RequirementAction): boolean {
  const rule: TransitionRule = REQUIREMENT_TRANSITIONS[action];
  return rule.from.includes(status);
}

/** The state `action` leads to from `status`; refuses a move the workflow does not allow. */
export function assertTransition(
  status: RequirementStatus,
  action: RequirementAction,
): RequirementStatus {
  if (!canTransition(status, action)) {
    throw new DomainError("INVALID_TRANSITION", "invalidTransition", {
      params: { from: status, action },
    });
  }
  return REQUIREMENT_TRANSITIONS[action].to;
}
