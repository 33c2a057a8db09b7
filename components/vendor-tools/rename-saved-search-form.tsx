"use client";

import { getFormProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { renameSavedSearchAction } from "@/app/workspace/actions";
import { renameSavedSearchSchema } from "@/lib/domain/saved-searches/saved-search.schema";
import { buttonClass } from "@/components/ui/button";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { useDisclosure } from "@/components/forms/use-disclosure";
import { SavedSearchNameFields } from "./saved-search-name-fields";

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
  const t = useTranslations("vendorTools");
  const { open, toggleProps, panelProps, close } = useDisclosure();
  return (
    // gap, not space-y: the closed panel (display: none) must add no margin under the buttons.
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-3">
        <button {...toggleProps} className={buttonClass("secondary")}>
          {t("savedSearches.rename")}
        </button>
        {children}
      </div>
      <div {...panelProps} className="max-w-xl">
        {open && <RenameFields id={id} name={name} onDone={close} />}
      </div>
    </div>
  );
}

function RenameFields({ id, name, onDone }: { id: string; name: string; onDone: () => void }) {
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
      <SavedSearchNameFields
        field={fields.name}
        pending={pending}
        onCancel={onDone}
        layout="inline"
      />
    </form>
  );
}
