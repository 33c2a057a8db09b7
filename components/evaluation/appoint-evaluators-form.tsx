"use client";

import { getFormProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { appointEvaluatorsAction } from "@/app/requirements/[id]/evaluation/actions";
import { appointEvaluatorsSchema } from "@/lib/domain/evaluation/evaluation.schema";
import { FieldErrors } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

/** The owner names evaluators among the organization's members (seated ones stay seated). */
export function AppointEvaluatorsForm({
  requirementId,
  members,
}: {
  requirementId: string;
  members: { userId: string; name: string; email: string }[];
}) {
  const t = useTranslations("evaluation");
  const { form, fields, action, pending } = useActionForm(
    appointEvaluatorsAction,
    appointEvaluatorsSchema,
  );
  return (
    <form {...getFormProps(form)} action={action} aria-labelledby="appoint" className="space-y-3">
      <h3 id="appoint" className="font-semibold">
        {t("panel.appointTitle")}
      </h3>
      <FormAlert id={form.errorId} errors={form.errors} />
      <input type="hidden" name="requirementId" value={requirementId} />
      <fieldset aria-describedby={fields.userIds.errorId} className="space-y-2">
        <legend className="text-sm text-slate-700">{t("panel.appointLegend")}</legend>
        {members.map((member) => (
          <label key={member.userId} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name={fields.userIds.name}
              value={member.userId}
              className="mt-1"
            />
            <span>
              {member.name} <span className="text-slate-600">{member.email}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <FieldErrors field={fields.userIds} />
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? t("working") : t("panel.appoint")}
      </Button>
    </form>
  );
}
