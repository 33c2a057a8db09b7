"use client";

import { useTranslations } from "next-intl";
import {
  cancelRequirementAction,
  takeDownRequirementAction,
} from "@/app/requirements/[id]/actions";
import {
  REASON_MAX,
  reasonedTransitionSchema,
} from "@/lib/domain/requirements/transitions/transition.schema";
import { DecisionForms, type Decision } from "@/components/admin/decision-forms";

/** The owner cancels, an admin takes down: each after confirming, with a reason. */
export function RequirementDecisionForms({
  requirementId,
  canCancel,
  canTakeDown,
}: {
  requirementId: string;
  canCancel: boolean;
  canTakeDown: boolean;
}) {
  const t = useTranslations("moderation");
  const decision = (name: "cancel" | "takeDown", hint: string): Decision => ({
    name,
    label: t(`actions.${name}`),
    tone: "secondary",
    action: name === "cancel" ? cancelRequirementAction : takeDownRequirementAction,
    schema: reasonedTransitionSchema,
    hidden: { requirementId },
    confirm: {
      note: t(`notes.${name}`),
      reason: { label: t("reason"), hint, maxLength: REASON_MAX },
      submitLabel: t(`confirm.${name}`),
      submitTone: "danger",
    },
  });
  const decisions = [
    ...(canCancel ? [decision("cancel", t("cancelReasonHint"))] : []),
    ...(canTakeDown ? [decision("takeDown", t("reasonHint"))] : []),
  ];
  return <DecisionForms decisions={decisions} />;
}
