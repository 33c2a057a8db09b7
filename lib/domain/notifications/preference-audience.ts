import "server-only";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { NOTIFICATION_TYPES, type NotificationType } from "./events";

/**
 * Whose types these are, for the preferences page only: a vendor is never asked about review
 * decisions, an enterprise never about deadline reminders. A type not listed concerns everyone
 * (verification, members). Sending does not read this: recipients are the event's.
 */
const AUDIENCE: Partial<Record<NotificationType, OrganizationKind>> = {
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
};

/** The types the actor may hear of, in the order events.ts lists them. */
export function typesConcerning(actor: Actor): NotificationType[] {
  const kind = actor.kind === "user" ? actor.orgKind : null;
  return NOTIFICATION_TYPES.filter((type) => {
    const audience = AUDIENCE[type];
    return !audience || audience === kind;
  });
}
