import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { listRequirementInvitations } from "@/lib/domain/bid-invitations/list-requirement-invitations";
import type { Locale } from "@/lib/i18n/config";
import { displayName } from "@/components/organizations/organization-name";
import { Badge } from "@/components/ui/badge";

type Invitation = Awaited<ReturnType<typeof listRequirementInvitations>>[number];

/** The vendors the enterprise invited, and whether each has viewed the requirement. */
export async function InvitedVendorList({ invitations }: { invitations: Invitation[] }) {
  if (invitations.length === 0) return null;
  const [t, format, locale] = await Promise.all([
    getTranslations("matching.invited"),
    getFormatter(),
    getLocale(),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  return (
    <section aria-labelledby="invited-vendors" className="space-y-3 border-t border-slate-100 pt-4">
      <h3 id="invited-vendors" className="font-semibold">
        {t("title")}
      </h3>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <ul className="space-y-2 text-sm">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="flex flex-wrap items-center gap-2">
            <Link
              href={`/vendors/${invitation.vendor.id}`}
              className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
            >
              {displayName(invitation.vendor, locale as Locale)}
            </Link>
            <span className="text-slate-600">
              {t("invitedAt", { date: date(invitation.createdAt) })}
            </span>
            {invitation.viewedAt ? (
              <Badge tone="success">{t("viewed", { date: date(invitation.viewedAt) })}</Badge>
            ) : (
              <Badge tone="neutral">{t("notViewed")}</Badge>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
