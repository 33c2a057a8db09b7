import "server-only";
import { db } from "@/lib/db";
import { isLocale } from "@/lib/i18n/config";
import { sendMail } from "@/lib/mail/mailer";
import { renderEmail } from "@/lib/mail/render-email";
import { invitationLink } from "./invitation-state";

/** Emails the invitation link, in the language of the owner who sends it. */
export async function sendInvitationEmail(invitation: {
  email: string;
  orgId: string;
  senderId: string;
  token: string;
}): Promise<void> {
  const [sender, organization] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: invitation.senderId },
      select: { name: true, locale: true },
    }),
    db.organization.findUniqueOrThrow({ where: { id: invitation.orgId }, select: { name: true } }),
  ]);
  const locale = isLocale(sender.locale) ? sender.locale : "zh-CN";
  await sendMail(
    renderEmail(
      "invitation",
      locale,
      invitation.email,
      { inviter: sender.name, org: organization.name },
      invitationLink(invitation.token),
    ),
  );
}
