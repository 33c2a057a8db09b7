import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/current-actor";
import { DomainError } from "@/lib/domain/errors";
import { getClarificationBoard } from "@/lib/domain/questions/get-clarification-board";
import { listDeadlineChanges } from "@/lib/domain/requirements/deadlines/list-deadline-changes";
import { getRequirement } from "@/lib/domain/requirements/get-requirement";
import { requirementActionsFor } from "@/lib/domain/requirements/requirement-permissions";
import { getRequirementHistory } from "@/lib/domain/requirements/history/get-requirement-history";
import { DoneNotice } from "@/components/admin/done-notice";
import { optionalChoiceParam, readUrlParam } from "@/lib/http/url-params";
import { shownSections } from "@/components/requirements/detail/detail-sections";
import { HistoryTimeline } from "@/components/requirements/detail/history-timeline";
import { ManagePanel } from "@/components/requirements/detail/manage-panel";
import { ProposalPanel } from "@/components/proposals/proposal-panel";
import { ContractPanel } from "@/components/contracts/contract-panel";
import { ReportPanel } from "@/components/requirements/detail/report-panel";
import { RequirementHeader } from "@/components/requirements/detail/requirement-header";
import { RequirementSections } from "@/components/requirements/detail/requirement-sections";
import { SectionNav } from "@/components/requirements/detail/section-nav";
import { StatusReasonNote } from "@/components/requirements/detail/status-reason-note";
import { AwardNotice } from "@/components/evaluation/award-notice";
import { EvaluationLink } from "@/components/evaluation/evaluation-link";
import { ClarificationsPanel } from "@/components/questions/clarifications-panel";
import { DeadlineChangeNotices } from "@/components/questions/deadline-change-notices";
import { RequirementMatching } from "@/components/matching/requirement-matching";
import { ClientMessages } from "@/components/i18n/client-messages";

const DONE = ["approve", "requestChanges", "reject", "takeDown", "cancel"] as const;

async function loadRequirement(actor: Actor, id: string) {
  try {
    return await getRequirement(actor, id);
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function RequirementPage({
  params,
  searchParams,
}: PageProps<"/requirements/[id]">) {
  const [{ id }, { done }, actor] = await Promise.all([params, searchParams, currentActor()]);
  const r = await loadRequirement(actor, id);
  const actions = requirementActionsFor(actor, { orgId: r.organization.id, status: r.status });
  const [t, tm, history, board, deadlineChanges] = await Promise.all([
    getTranslations("requirement"),
    getTranslations("moderation"),
    actions.canSeeHistory ? getRequirementHistory(actor, { requirementId: r.id }) : null,
    actor.kind === "user" ? getClarificationBoard(actor, r.id) : null,
    listDeadlineChanges(actor, r.id),
  ]);
  const doneKey = readUrlParam(optionalChoiceParam(DONE), done);
  const sections = shownSections(r);
  return (
    <ClientMessages scope="requirement">
      <article className="space-y-6">
        <Link
          href="/"
          className="inline-block text-sm text-brand-700 underline underline-offset-2 hover:text-brand-900"
        >
          ← {t("backToList")}
        </Link>
        <DoneNotice text={doneKey && tm(`done.${doneKey}`)} />
        <RequirementHeader requirement={r} />
        <StatusReasonNote status={r.status} reason={r.statusReason} />
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
          <div className="min-w-0 space-y-6">
            <AwardNotice requirementId={r.id} />
            <DeadlineChangeNotices changes={deadlineChanges} />
            <RequirementSections requirement={r} sections={sections} />
            <ClarificationsPanel requirementId={r.id} board={board} />
            <RequirementMatching
              actor={actor}
              requirement={{ id: r.id, orgId: r.organization.id, status: r.status }}
            />
            {actions.canReport && <ReportPanel requirementId={r.id} />}
          </div>
          <aside className="min-w-0 space-y-6">
            <ProposalPanel
              actor={actor}
              requirement={{ id: r.id, orgId: r.organization.id, status: r.status }}
            />
            <ManagePanel requirementId={r.id} actions={actions} />
            <EvaluationLink
              actor={actor}
              requirement={{ id: r.id, orgId: r.organization.id, status: r.status }}
            />
            <ContractPanel
              actor={actor}
              requirement={{ id: r.id, orgId: r.organization.id, status: r.status }}
            />
            {history && <HistoryTimeline events={history} />}
            <SectionNav sections={sections} />
          </aside>
        </div>
      </article>
    </ClientMessages>
  );
}
