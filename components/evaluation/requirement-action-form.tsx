"use client";

import { getFormProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { requirementRefSchema } from "@/lib/domain/evaluation/evaluation.schema";
import type { FormResult } from "@/lib/forms/handle-form";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";

type RequirementAction = (
  previous: FormResult | undefined,
  formData: FormData,
) => Promise<FormResult>;

/**
 * A step of the evaluation that needs nothing but the requirement and a click (open the
 * proposals, declare no conflict, submit the scores): its title, what it means, its button.
 */
export function RequirementActionForm({
  id,
  requirementId,
  action: serverAction,
  title,
  text,
  button,
  children,
}: {
  id: string;
  requirementId: string;
  action: RequirementAction;
  title: string;
  text: string;
  button: string;
  children?: React.ReactNode;
}) {
  const t = useTranslations("evaluation");
  const { form, action, pending } = useActionForm(serverAction, requirementRefSchema);
  return (
    <form {...getFormProps(form)} action={action} aria-labelledby={id} className="space-y-3">
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      <p className="text-sm text-slate-700">{text}</p>
      {children}
      <FormAlert id={form.errorId} errors={form.errors} />
      <input type="hidden" name="requirementId" value={requirementId} />
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? t("working") : button}
      </Button>
    </form>
  );
}
