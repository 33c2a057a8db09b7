import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { memberOf } from "@/lib/auth/guards";
import type { RequirementRef } from "@/lib/domain/requirements/requirement-permissions";
import { evaluationHref } from "@/app/requirements/[id]/evaluation/evaluation-href";
import { ButtonLink } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";

const EVALUATED = ["PUBLISHED", "EVALUATING", "AWARDED", "CONTRACTED", "COMPLETED", "UNSUCCESSFUL"];

/** On the requirement's page, for the enterprise's members: the way to 开标、评标、定标. */
export async function EvaluationLink({
  actor,
  requirement,
}: {
  actor: Actor;
  requirement: RequirementRef & { id: string };
}) {
  if (!EVALUATED.includes(requirement.status)) return null;
  if (!memberOf.can(actor, requirement.orgId)) return null;
  const t = await getTranslations("evaluation");
  return (
    <Panel id="evaluation-link" title={t("title")}>
      <p className="mb-3 text-sm text-slate-700">{t("linkIntro")}</p>
      <ButtonLink href={evaluationHref(requirement.id)} tone="secondary">
        {t("open")}
      </ButtonLink>
    </Panel>
  );
}
