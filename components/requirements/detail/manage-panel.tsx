import {
  LazyChangeDeadlinesForm,
  LazyModerateRequirementForms,
  LazyRequirementDecisionForms,
} from "@/components/forms/lazy-forms";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { RequirementActions } from "@/lib/domain/requirements/requirement-permissions";
import { buttonClass } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";

/** What the owner organization or an admin may do with the requirement now; nothing otherwise. */
export async function ManagePanel({
  requirementId,
  actions,
}: {
  requirementId: string;
  actions: RequirementActions;
}) {
  const t = await getTranslations("moderation");
  const { canEdit, canCancel, canTakeDown, canModerate, canChangeDeadlines } = actions;
  if (!canEdit && !canCancel && !canTakeDown && !canModerate && !canChangeDeadlines) return null;
  return (
    <Panel id="manage" title={canModerate ? t("manage.moderationTitle") : t("manage.title")}>
      <div className="space-y-4">
        {canEdit && (
          <div>
            <Link
              href={`/dashboard/requirements/${requirementId}/edit`}
              className={buttonClass("primary")}
            >
              {t("manage.edit")}
            </Link>
            <p className="mt-2 text-xs text-slate-500">{t("manage.editHint")}</p>
          </div>
        )}
        {canChangeDeadlines && <LazyChangeDeadlinesForm requirementId={requirementId} />}
        {canModerate && <LazyModerateRequirementForms requirementId={requirementId} back="page" />}
        {(canCancel || canTakeDown) && (
          <LazyRequirementDecisionForms
            requirementId={requirementId}
            canCancel={canCancel}
            canTakeDown={canTakeDown}
          />
        )}
      </div>
    </Panel>
  );
}
