"use client";

import { getFormProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { saveSearchAction } from "@/app/workspace/actions";
import { saveSearchSchema } from "@/lib/domain/saved-searches/saved-search.schema";
import { buttonClass } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { useDisclosure } from "@/components/forms/use-disclosure";
import { SavedSearchNameFields } from "./saved-search-name-fields";

/**
 * "☆ Save this search": opens a name field (prefilled with `suggestedName`) and saves the search
 * `query`. Once saved, the page shows "saved as …" in its place.
 */
export function SaveSearchFields({
  query,
  suggestedName,
}: {
  query: string;
  suggestedName: string;
}) {
  const t = useTranslations("vendorTools.saveForm");
  const { open, toggleProps, panelProps, close } = useDisclosure();
  return (
    // gap, not space-y: the closed panel (display: none) must add no margin under the button.
    <div className="flex flex-col items-start gap-3">
      <button
        {...toggleProps}
        className={`${buttonClass("secondary")} inline-flex items-center gap-1.5`}
      >
        <span aria-hidden="true" className="text-slate-400">
          ☆
        </span>
        {t("open")}
      </button>
      <div {...panelProps} className="self-stretch">
        {open && <NameForm query={query} suggestedName={suggestedName} onCancel={close} />}
      </div>
    </div>
  );
}

function NameForm({
  query,
  suggestedName,
  onCancel,
}: {
  query: string;
  suggestedName: string;
  onCancel: () => void;
}) {
  const t = useTranslations("vendorTools.saveForm");
  const { form, fields, action, pending } = useActionForm(saveSearchAction, saveSearchSchema, {
    name: suggestedName,
    query,
  });
  // A refused search state (checked again on the server) belongs to the whole form.
  const formErrors = [...(form.errors ?? []), ...(fields.query.errors ?? [])];
  return (
    <form
      {...getFormProps(form)}
      action={action}
      aria-label={t("title")}
      className="max-w-md space-y-3 rounded-md border border-slate-200 bg-slate-50 p-4"
    >
      <FormAlert id={form.errorId} errors={formErrors} />
      <input type="hidden" name="query" value={query} />
      <SavedSearchNameFields
        field={fields.name}
        hint={t("nameHint")}
        pending={pending}
        onCancel={onCancel}
        layout="stacked"
      />
    </form>
  );
}
