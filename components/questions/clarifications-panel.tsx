import { LazyAddendumForm, LazyAskQuestionForm } from "@/components/forms/lazy-forms";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ClarificationBoard } from "@/lib/domain/questions/get-clarification-board";
import { buttonClass } from "@/components/ui/button";
import { SignInPrompt } from "@/components/requirements/detail/sign-in-prompt";
import { Panel } from "@/components/ui/panel";
import { ClarificationList } from "./clarification-list";
import { OwnQuestionList } from "./own-question-list";

/**
 * The requirement's clarification (答疑): what was published, and for vendors their questions and
 * the form to ask, for the enterprise its inbox and addenda. Visitors are asked to sign in.
 */
export async function ClarificationsPanel({
  requirementId,
  board,
}: {
  requirementId: string;
  board: ClarificationBoard | null;
}) {
  const t = await getTranslations("clarifications");
  return (
    <Panel id="clarifications" title={t("title")}>
      {!board ? (
        <SignInPrompt requirementId={requirementId} text={t("signInToRead")} />
      ) : (
        <div className="space-y-6">
          <p className="text-sm text-slate-600">{t("intro")}</p>
          <ClarificationList items={board.clarifications} />
          {board.unanswered !== null && (
            <div className="space-y-3 border-t border-slate-100 pt-4">
              <p className="flex flex-wrap items-center gap-3 text-sm">
                <Link
                  href={`/dashboard/questions?requirement=${encodeURIComponent(requirementId)}`}
                  className={buttonClass("primary")}
                >
                  {t("enterprise.inbox")}
                </Link>
                <span className="text-slate-700">
                  {t("enterprise.waiting", { count: board.unanswered })}
                </span>
              </p>
              {board.canPublish ? (
                <LazyAddendumForm requirementId={requirementId} />
              ) : (
                <p className="text-sm text-slate-600">{t("enterprise.closed")}</p>
              )}
            </div>
          )}
          {board.ownQuestions && (
            <div className="space-y-3 border-t border-slate-100 pt-4">
              <h3 className="font-semibold text-slate-900">{t("own.title")}</h3>
              <OwnQuestionList questions={board.ownQuestions} />
              <h3 className="pt-2 font-semibold text-slate-900">{t("ask.title")}</h3>
              {board.canAsk ? (
                <LazyAskQuestionForm requirementId={requirementId} />
              ) : (
                <p className="text-sm text-slate-600">{t("ask.closed")}</p>
              )}
            </div>
          )}
        </div>
      )}
    </Panel>
  );
}
