import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { isVendorMember } from "@/lib/auth/guards";
import { countSubmittedProposals } from "@/lib/domain/proposals/count-submitted-proposals";
import { getOwnProposal } from "@/lib/domain/proposals/get-own-proposal";
import { proposalEditorHref } from "@/lib/domain/proposals/proposal-hrefs";
import { maySeeInternals } from "@/lib/domain/requirements/requirement-permissions";
import { LISTED_STATUSES } from "@/lib/domain/requirements/visibility";
import type { RequirementStatus } from "@/lib/generated/prisma/enums";
import { buttonClass } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";
import { EligibilityNotice } from "./eligibility-notice";
import { ProposalStatusBadge } from "./proposal-status-badge";

/**
 * The requirement page's word on proposals. A vendor member sees its own (state, eligibility,
 * the way to the editor); the owner organization and admins see how many were submitted and
 * nothing else (开标前保密); everyone else sees nothing.
 */
export async function ProposalPanel({
  actor,
  requirement,
}: {
  actor: Actor;
  requirement: { id: string; orgId: string; status: RequirementStatus };
}) {
  if (!LISTED_STATUSES.includes(requirement.status)) return null;
  const t = await getTranslations("proposals");
  if (maySeeInternals(actor, requirement.orgId)) {
    const count = await countSubmittedProposals(actor, { requirementId: requirement.id });
    return (
      <Panel id="proposal-count" title={t("countTitle")}>
        <p className="text-2xl font-semibold tabular-nums">{t("count", { count })}</p>
        <p className="mt-2 text-xs text-slate-500">{t("sealedNote")}</p>
      </Panel>
    );
  }
  if (!isVendorMember(actor)) return null;
  const own = await getOwnProposal(actor, { requirementId: requirement.id });
  const { proposal } = own;
  if (!own.requirement.open && !proposal) return null;
  return (
    <Panel id="my-proposal" title={t("panelTitle")}>
      <div className="space-y-3 text-sm">
        {proposal ? (
          <p className="flex flex-wrap items-center gap-2">
            <ProposalStatusBadge status={proposal.status} />
            {proposal.currentVersion && (
              <span className="text-slate-600">
                {t("currentVersion", { version: proposal.currentVersion })}
              </span>
            )}
          </p>
        ) : (
          <p className="text-slate-600">{t("none")}</p>
        )}
        {own.requirement.open ? (
          <EligibilityNotice reasons={own.ineligible} />
        ) : (
          <p>{t("closedNote")}</p>
        )}
        <Link href={proposalEditorHref(requirement.id)} className={buttonClass("primary")}>
          {proposal ? t("open") : t("start")}
        </Link>
      </div>
    </Panel>
  );
}
