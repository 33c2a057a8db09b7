import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { isLocale } from "@/lib/i18n/config";
import { queueEmailIn } from "@/lib/notifications/queue-email-now";
import { invitationLink } from "./invitation-state";

/** Queues the invitation link on the outbox, in the language of the owner who sends it. */
export async function sendInvitationEmail(
  invitation: { email: string; orgId: string; senderId: string; token: string },
  tx?: Prisma.TransactionClient,
): Promise<void> {
  const reader = tx ?? db;
  const [sender, organization] = await Promise.all([
    reader.user.findUniqueOrThrow({
      where: { id: invitation.senderId },
      select: { name: true, locale: true },
    }),
    reader.organization.findUniqueOrThrow({
      where: { id: invitation.orgId },
      select: { name: true },
    }),
  ]);
  await queueEmailIn(tx, {
    idempotencyKey: `invitation:${randomUUID()}`,
    to: invitation.email,
    locale: isLocale(sender.locale) ? sender.locale : "zh-CN",
    kind: "invitation",
    values: { inviter: sender.name, org: organization.name },
    link: invitationLink(invitation.token),
  });
}
