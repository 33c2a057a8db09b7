import { LazyInviteVendorForm } from "@/components/forms/lazy-forms";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { inviteVendorsFor } from "@/lib/domain/bid-invitations/bid-invitation-permissions";
import { listRequirementInvitations } from "@/lib/domain/bid-invitations/list-requirement-invitations";
import { matchVendors } from "@/lib/domain/matching/match-vendors";
import { suggestVendorTeams } from "@/lib/domain/matching/suggest-vendor-teams";
import type { Locale } from "@/lib/i18n/config";
import { displayName } from "@/components/organizations/organization-name";
import { VerifiedBadge } from "@/components/requirements/verified-badge";
import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import { InvitedVendorList } from "./invited-vendor-list";
import { ReasonList } from "./reason-list";
import { TeamSuggestions } from "./team-suggestions";

const SHOWN = 10;

type VendorMatch = Awaited<ReturnType<typeof matchVendors>>["items"][number];

async function VendorMatchItem({
  match,
  locale,
  invite,
}: {
  match: VendorMatch;
  locale: Locale;
  invite: React.ReactNode;
}) {
  const t = await getTranslations("matching.vendors");
  const name = displayName(match.vendor, locale);
  return (
    <li className="space-y-2 border-t border-slate-100 pt-4 first:border-t-0 first:pt-0">
      <div className="flex flex-wrap items-center gap-2">
        <Link
          href={`/vendors/${match.vendor.id}`}
          className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
        >
          {name}
        </Link>
        {match.vendor.verified && <VerifiedBadge />}
        <Badge tone="outline">{t("score", { score: Math.round(match.score * 100) })}</Badge>
      </div>
      <ReasonList reasons={match.reasons} />
      {invite}
    </li>
  );
}

/**
 * 推荐供应商 on the enterprise's own requirement: the best-fitting vendors with their reasons, an
 * invitation per vendor while the requirement is open, whom it invited (and who viewed it), and
 * teams when no single vendor covers every capability.
 */
export async function RecommendedVendorsPanel({
  actor,
  requirement,
}: {
  actor: Actor;
  requirement: { id: string; orgId: string; open: boolean };
}) {
  const locale = (await getLocale()) as Locale;
  const ref = { requirementId: requirement.id, locale };
  const [t, matches, teams, invitations] = await Promise.all([
    getTranslations("matching.vendors"),
    matchVendors(actor, { ...ref, limit: SHOWN }),
    suggestVendorTeams(actor, ref),
    listRequirementInvitations(actor, ref),
  ]);
  const invitedIds = new Set(invitations.map((invitation) => invitation.vendor.id));
  const mayInvite = requirement.open && inviteVendorsFor.can(actor, requirement.orgId);
  const inviteFor = (vendor: VendorMatch["vendor"]) => {
    if (invitedIds.has(vendor.id)) return <Badge tone="brand">{t("invited")}</Badge>;
    if (!mayInvite) return null;
    const name = displayName(vendor, locale);
    return <LazyInviteVendorForm requirementId={requirement.id} vendor={{ id: vendor.id, name }} />;
  };
  return (
    <Panel id="recommended-vendors" title={t("title")}>
      <div className="space-y-5">
        <p className="text-sm text-slate-600">{t("intro")}</p>
        {!requirement.open && <p className="text-sm text-slate-600">{t("inviteClosed")}</p>}
        {matches.items.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <ol aria-labelledby="recommended-vendors" className="space-y-4">
            {matches.items.map((match) => (
              <VendorMatchItem
                key={match.vendor.id}
                match={match}
                locale={locale}
                invite={inviteFor(match.vendor)}
              />
            ))}
          </ol>
        )}
        <TeamSuggestions teams={teams} />
        <InvitedVendorList invitations={invitations} />
      </div>
    </Panel>
  );
}
