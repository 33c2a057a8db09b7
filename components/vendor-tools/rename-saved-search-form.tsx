"use client";

import { useId, useRef, useState } from "react";
import { getFormProps, getInputProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { renameSavedSearchAction } from "@/app/workspace/actions";
import {
  renameSavedSearchSchema,
  SAVED_SEARCH_NAME_MAX,
} from "@/lib/domain/saved-searches/saved-search.schema";
import { buttonClass } from "@/components/members/action-form";
import { Field, inputClass } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";

/**
 * "Rename": the name in a field that opens under the row of the search's buttons (`children`
 * are the others, shown after Rename); closes once saved.
 */
export function RenameSavedSearchForm({
  id,
  name,
  children,
}: {
  id: string;
  name: string;
  children?: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const t = useTranslations("vendorTools");
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    // gap, not space-y: the closed panel (display: none) must add no margin under the buttons.
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-3">
        <button
          ref={toggle}
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
          className={buttonClass("quiet")}
        >
          {t("savedSearches.rename")}
        </button>
        {children}
      </div>
      <div id={panelId} hidden={!open} className="max-w-xl">
        {open && <RenameFields id={id} name={name} onDone={close} />}
      </div>
    </div>
  );
}

function RenameFields({ id, name, onDone }: { id: string; name: string; onDone: () => void }) {
  const t = useTranslations("vendorTools");
  const { form, fields, action, pending } = useActionForm(
    async (previous, formData) => {
      const result = await renameSavedSearchAction(previous, formData);
      if (result.status === "success") onDone();
      return result;
    },
    renameSavedSearchSchema,
    { id, name },
  );
  return (
    <form {...getFormProps(form)} action={action} className="space-y-3">
      <FormAlert id={form.errorId} errors={form.errors} />
      <input type="hidden" name="id" value={id} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-56">
          <Field field={fields.name} label={t("savedSearches.name")}>
            <input
              {...getInputProps(fields.name, { type: "text" })}
              maxLength={SAVED_SEARCH_NAME_MAX}
              autoFocus
              className={inputClass}
            />
          </Field>
        </div>
        <div className="flex gap-2">
          <button type="button" onClick={onDone} className={buttonClass("quiet", "large")}>
            {t("cancel")}
          </button>
          <button type="submit" disabled={pending} className={buttonClass("primary", "large")}>
            {pending ? t("savedSearches.saving") : t("savedSearches.save")}
          </button>
        </div>
      </div>
    </form>
  );
}
