import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { DomainError } from "@/lib/domain/errors";
import { getEvaluationOverview } from "@/lib/domain/evaluation/get-evaluation-overview";
import { listOpenedProposals } from "@/lib/domain/evaluation/list-opened-proposals";
import { getRanking, listOwnScores } from "@/lib/domain/evaluation/read-scores";
import { mayTrigger } from "@/lib/domain/requirements/requirement-permissions";
import { AppointEvaluatorsForm } from "@/components/evaluation/appoint-evaluators-form";
import { AwardForm, ShortlistForm, UnsuccessfulForm } from "@/components/evaluation/decision-forms";
import { EvaluationSheetLinks } from "@/components/evaluation/evaluation-sheet-links";
import { OpenedProposals } from "@/components/evaluation/opened-proposals";
import { RankingTable } from "@/components/evaluation/ranking-table";
import { RequirementActionForm } from "@/components/evaluation/requirement-action-form";
import { ScoreProposalForm } from "@/components/evaluation/score-proposal-form";
import { Panel } from "@/components/ui/panel";
import { declareNoConflictAction, openProposalsAction, submitScoresAction } from "./actions";
import { evaluationHref } from "./evaluation-href";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluation");
  return { title: t("title"), robots: { index: false } };
}

/** Everyone refused (not a member of the owner organization) finds no page here. */
async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof DomainError && ["NOT_FOUND", "FORBIDDEN"].includes(error.code)) notFound();
    throw error;
  }
}

/** The ranking, or null while the viewer is an evaluator who has not submitted (independence). */
async function rankingFor(actor: Actor, requirementId: string) {
  try {
    return await getRanking(actor, { requirementId });
  } catch (error) {
    if (error instanceof DomainError && error.code === "FORBIDDEN") return null;
    throw error;
  }
}

/** 开标、评标、定标: the enterprise's members and its evaluators; 404 for everyone else. */
export default async function EvaluationPage({
  params,
}: PageProps<"/requirements/[id]/evaluation">) {
  const { id } = await params;
  const actor = await requireSignedInPage(evaluationHref(id));
  const overview = await orNotFound(getEvaluationOverview(actor, { requirementId: id }));
  const t = await getTranslations("evaluation");
  const requirementId = overview.id;
  const opened = overview.openedAt !== null;
  const [proposals, own, ranking] = opened
    ? await Promise.all([
        listOpenedProposals(actor, { requirementId }),
        overview.seat ? listOwnScores(actor, { requirementId }) : null,
        rankingFor(actor, requirementId),
      ])
    : [[], null, null];
  const ref = { orgId: overview.orgId, status: overview.status };
  const evaluating = overview.status === "EVALUATING";
  const mayDecide = opened && mayTrigger(actor, ref, "award");
  const scoring = evaluating && overview.seat?.declared && !overview.seat.submitted;
  const candidates = overview.members.filter(
    (m) => !overview.panel.some((e) => e.userId === m.userId),
  );
  const bidders = proposals.map((p) => p.vendor.name).join(t("separator"));
  return (
    <ClientMessages scope="evaluation">
      <article className="space-y-6">
        <Link
          href={`/requirements/${encodeURIComponent(requirementId)}`}
          className="inline-block text-sm text-brand-700 underline underline-offset-2 hover:text-brand-900"
        >
          ← {t("back")}
        </Link>
        <header>
          <h1 className="text-2xl font-semibold">{t("heading", { title: overview.title })}</h1>
          <p className="mt-1 text-sm text-slate-700">
            {t(`stage.${opened ? "opened" : "sealed"}`)}
          </p>
        </header>

        <Panel id="opening" title={t("opened.title")}>
          {!opened &&
            (overview.openable ? (
              <RequirementActionForm
                id="open-proposals"
                requirementId={requirementId}
                action={openProposalsAction}
                title={t("opening.title")}
                text={t("opening.text")}
                button={t("opening.button")}
              />
            ) : (
              <p className="text-sm text-slate-700">{t("opening.notYet")}</p>
            ))}
          {opened && (
            <OpenedProposals
              proposals={proposals}
              decide={
                mayDecide && evaluating
                  ? (p) => (
                      <ShortlistForm
                        requirementId={requirementId}
                        proposalId={p.id}
                        vendorName={p.vendor.name}
                      />
                    )
                  : undefined
              }
            />
          )}
        </Panel>

        <Panel id="panel" title={t("panel.title")}>
          <div className="space-y-4 text-sm">
            {overview.panel.length === 0 ? (
              <p>{t("panel.empty")}</p>
            ) : (
              <ul className="list-disc pl-5">
                {overview.panel.map((e) => (
                  <li key={e.userId}>
                    {e.name} ·{" "}
                    {t(
                      `panel.state.${e.submitted ? "submitted" : e.declared ? "declared" : "appointed"}`,
                    )}
                  </li>
                ))}
              </ul>
            )}
            {candidates.length > 0 && (
              <AppointEvaluatorsForm requirementId={requirementId} members={candidates} />
            )}
            {opened && evaluating && overview.seat && !overview.seat.declared && (
              <RequirementActionForm
                id="declare"
                requirementId={requirementId}
                action={declareNoConflictAction}
                title={t("declare.title")}
                text={t("declare.text", { bidders })}
                button={t("declare.button")}
              />
            )}
          </div>
        </Panel>

        {scoring && own && (
          <Panel id="scoring" title={t("scoring.title")}>
            <div className="space-y-4">
              <p className="text-sm text-slate-700">{t("scoring.intro")}</p>
              {proposals.map((p) => (
                <ScoreProposalForm
                  key={p.id}
                  requirementId={requirementId}
                  proposalId={p.id}
                  vendorName={p.vendor.name}
                  criteria={overview.criteria}
                  saved={own.scores.filter((s) => s.proposalId === p.id)}
                />
              ))}
              <RequirementActionForm
                id="submit-scores"
                requirementId={requirementId}
                action={submitScoresAction}
                title={t("submit.title")}
                text={t("submit.text")}
                button={t("submit.button")}
              />
            </div>
          </Panel>
        )}

        {opened && (
          <Panel id="ranking" title={t("ranking.title")}>
            {ranking ? (
              <div className="space-y-4">
                <RankingTable ranking={ranking} />
                <EvaluationSheetLinks requirementId={requirementId} />
              </div>
            ) : (
              <p className="text-sm text-slate-700">{t("ranking.hidden")}</p>
            )}
          </Panel>
        )}

        {mayDecide && evaluating && ranking && (
          <Panel id="decision" title={t("decide.title")}>
            <div className="space-y-6">
              <AwardForm
                requirementId={requirementId}
                candidates={ranking.rows
                  .filter((r) => r.status === "SUBMITTED" || r.status === "SHORTLISTED")
                  .map((r) => ({
                    proposalId: r.proposalId,
                    vendorName: r.vendorName,
                    rank: r.rank,
                  }))}
              />
              {mayTrigger(actor, ref, "noAward") && (
                <UnsuccessfulForm requirementId={requirementId} />
              )}
            </div>
          </Panel>
        )}
      </article>
    </ClientMessages>
  );
}
