"use client";

import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { SAVED_SEARCH_NAME_MAX } from "@/lib/domain/saved-searches/saved-search.schema";
import { buttonClass } from "@/components/ui/button";
import { Field } from "@/components/forms/field";
import { Input } from "@/components/ui/input";

/**
 * A saved search's name with Cancel and Save, for saving a search and for renaming one:
 * `inline` puts the buttons beside the field (in a row of the list), `stacked` under it.
 */
export function SavedSearchNameFields({
  field,
  hint,
  pending,
  onCancel,
  layout,
}: {
  field: FieldMetadata<string>;
  hint?: string;
  pending: boolean;
  onCancel: () => void;
  layout: "inline" | "stacked";
}) {
  const t = useTranslations("vendorTools.nameFields");
  const inline = layout === "inline";
  return (
    <div className={inline ? "flex flex-wrap items-end gap-3" : "space-y-3"}>
      <div className={inline ? "min-w-0 flex-1 basis-56" : undefined}>
        <Field field={field} label={t("name")} hint={hint}>
          <Input
            {...getInputProps(field, { type: "text" })}
            maxLength={SAVED_SEARCH_NAME_MAX}
            autoFocus
          />
        </Field>
      </div>
      <div className={inline ? "flex gap-2" : "flex justify-end gap-2"}>
        <button type="button" onClick={onCancel} className={buttonClass("secondary", "medium")}>
          {t("cancel")}
        </button>
        <button type="submit" disabled={pending} className={buttonClass("primary", "medium")}>
          {pending ? t("saving") : t("save")}
        </button>
      </div>
    </div>
  );
}
