import "server-only";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/config";
import { isLocale } from "@/lib/i18n/config";
import { sendMail } from "@/lib/mail/mailer";
import { renderEmail } from "@/lib/mail/render-email";

/**
 * Tells every owner of the organization the outcome, each in their own language: approval links
 * to the organization's page, rejection (with the reason) to the verification page.
 */
export async function emailVerificationDecision(orgId: string, reason: string | null) {
  const org = await db.organization.findUniqueOrThrow({
    where: { id: orgId },
    select: {
      name: true,
      memberships: {
        where: { role: "OWNER" },
        select: { user: { select: { email: true, name: true, locale: true } } },
      },
    },
  });
  const rejected = reason !== null;
  const link = `${appUrl()}${rejected ? "/organization/verification" : "/organization"}`;
  await Promise.all(
    org.memberships.map(({ user }) =>
      sendMail(
        renderEmail(
          rejected ? "verificationRejected" : "verificationApproved",
          isLocale(user.locale) ? user.locale : "zh-CN",
          user.email,
          { name: user.name, org: org.name, reason: reason ?? "" },
          link,
        ),
      ),
    ),
  );
}
