"use client";

import { useTranslations } from "next-intl";
import {
  approveRequirementAction,
  rejectRequirementAction,
  requestChangesAction,
} from "@/app/admin/requirements/actions";
import {
  REASON_MAX,
  reasonedTransitionSchema,
  requirementTransitionSchema,
} from "@/lib/domain/requirements/transitions/transition.schema";
import { DecisionForms } from "./decision-forms";

/**
 * An admin's decision on a requirement under review: approve (after confirming), request
 * changes or reject (each with the reason the enterprise will read). `back` is where the admin
 * returns afterwards: the queue or the requirement's page.
 */
export function ModerateRequirementForms({
  requirementId,
  back,
}: {
  requirementId: string;
  back: "queue" | "page";
}) {
  const t = useTranslations("moderation");
  const hidden = { requirementId, back };
  const reason = { label: t("reason"), hint: t("reasonHint"), maxLength: REASON_MAX };
  return (
    <DecisionForms
      decisions={[
        {
          name: "approve",
          label: t("actions.approve"),
          tone: "primary",
          action: approveRequirementAction,
          schema: requirementTransitionSchema,
          hidden,
          confirm: {
            note: t("notes.approve"),
            submitLabel: t("confirm.approve"),
            submitTone: "primary",
          },
        },
        {
          name: "requestChanges",
          label: t("actions.requestChanges"),
          tone: "secondary",
          action: requestChangesAction,
          schema: reasonedTransitionSchema,
          hidden,
          confirm: {
            note: t("notes.requestChanges"),
            reason,
            submitLabel: t("confirm.requestChanges"),
            submitTone: "primary",
          },
        },
        {
          name: "reject",
          label: t("actions.reject"),
          tone: "secondary",
          action: rejectRequirementAction,
          schema: reasonedTransitionSchema,
          hidden,
          confirm: {
            note: t("notes.reject"),
            reason,
            submitLabel: t("confirm.reject"),
            submitTone: "danger",
          },
        },
      ]}
    />
  );
}
