import { z } from "zod";

/** The member an owner acts on (remove, hand ownership over). */
export const memberTargetSchema = z.object({ userId: z.string().min(1).max(100) });

/** The invitation an owner acts on (send again, revoke). */
export const invitationTargetSchema = z.object({ invitationId: z.string().min(1).max(100) });

export type MemberTarget = z.input<typeof memberTargetSchema>;
export type InvitationTarget = z.input<typeof invitationTargetSchema>;
