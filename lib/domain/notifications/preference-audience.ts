import "server-only";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { NOTIFICATION_TYPES, type NotificationType } from "./events";

/**
 * Whose types these are, for the preferences page only: a vendor is never asked about review
 * decisions, an enterprise never about deadline reminders; "ALL" concerns everyone (verification,
 * members). Every type must be listed, so a new one cannot be left off the page. Sending does not
 * read this: recipients are the event's.
 */
const AUDIENCE: Record<NotificationType, OrganizationKind | "ALL"> = {
  "requirement.approved": "ENTERPRISE",
  "requirement.changesRequested": "ENTERPRISE",
  "requirement.rejected": "ENTERPRISE",
  "requirement.takenDown": "ENTERPRISE",
  "question.asked": "ENTERPRISE",
  "proposal.received": "ENTERPRISE",
  "clarification.published": "VENDOR",
  "deadline.changed": "VENDOR",
  "deadline.reminder": "VENDOR",
  "proposal.receipt": "VENDOR",
  "savedSearch.hits": "VENDOR",
  "requirement.recommended": "VENDOR",
  "bid.invited": "VENDOR",
  "proposals.opened": "VENDOR",
  "outcome.awarded": "VENDOR",
  "outcome.notAwarded": "VENDOR",
  "outcome.unsuccessful": "VENDOR",
  "contract.recorded": "VENDOR",
  "rating.received": "VENDOR",
  "verification.approved": "ALL",
  "verification.rejected": "ALL",
  "member.joined": "ALL",
  "member.removed": "ALL",
};

/** The types the actor may hear of, in the order events.ts lists them. */
export function typesConcerning(actor: Actor): NotificationType[] {
  const kind = actor.kind === "user" ? actor.orgKind : null;
  return NOTIFICATION_TYPES.filter((type) => {
    const audience = AUDIENCE[type];
    return audience === "ALL" || audience === kind;
  });
}
