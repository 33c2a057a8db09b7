import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { isVendorMember } from "@/lib/auth/guards";
import { listOwnInvitations } from "@/lib/domain/bid-invitations/list-own-invitations";
import type { Locale } from "@/lib/i18n/config";
import { OrganizationKindNotice } from "@/components/organizations/organization-kind-notice";
import { displayName } from "@/components/organizations/organization-name";
import { StatusBadge } from "@/components/requirements/status-badge";
import { Badge } from "@/components/ui/badge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("matching.invitations");
  return { title: t("tab") };
}

/** The vendor's bid invitations, unread first; opening the requirement marks one read. */
export default async function InvitationsPage() {
  const actor = await requireSignedInPage("/workspace/invitations");
  if (!isVendorMember(actor)) return <OrganizationKindNotice actor={actor} requires="VENDOR" />;
  const [t, format, locale, invitations] = await Promise.all([
    getTranslations("matching.invitations"),
    getFormatter(),
    getLocale(),
    listOwnInvitations(actor),
  ]);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <h2 id="invitation-list" className="sr-only">
        {t("tab")}
      </h2>
      {invitations.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ol aria-labelledby="invitation-list" className="space-y-4">
          {invitations.map((invitation) => (
            <li
              key={invitation.id}
              className="space-y-1 rounded-lg border border-slate-200 bg-white p-4"
            >
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={invitation.read ? "neutral" : "warning"}>
                  {invitation.read ? t("read") : t("unread")}
                </Badge>
                <Link
                  href={`/requirements/${invitation.requirement.id}`}
                  className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
                >
                  {invitation.requirement.title}
                </Link>
                <StatusBadge status={invitation.requirement.status} />
              </div>
              <p className="text-sm text-slate-600">
                {t("from", {
                  organization: displayName(invitation.requirement.organization, locale as Locale),
                  date: format.dateTime(invitation.createdAt, { dateStyle: "medium" }),
                })}
              </p>
              {invitation.message && (
                <p className="text-sm whitespace-pre-line text-slate-700">
                  {t("message", { message: invitation.message })}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
