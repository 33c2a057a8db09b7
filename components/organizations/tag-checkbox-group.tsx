"use client";

import { getCollectionProps, type FieldMetadata } from "@conform-to/react";
import { useLocale, useTranslations } from "next-intl";
import { tagLabel } from "@/lib/taxonomy";
import type { Locale } from "@/lib/i18n/config";
import { FieldErrors } from "@/components/forms/field";
import type { TagGroup } from "./capability-groups";

/**
 * Checkboxes for a set of tags: one fieldset whose legend names the field, with a nested,
 * labelled fieldset per group; the field's errors are tied to the outer fieldset.
 */
export function TagCheckboxGroup({
  field,
  legend,
  hint,
  groups,
}: {
  field: FieldMetadata<string[] | undefined>;
  legend: string;
  hint?: string;
  groups: TagGroup[];
}) {
  const t = useTranslations("profile");
  const locale = useLocale() as Locale;
  const options = groups.flatMap((group) => group.tags.map((tag) => tag.slug));
  const props = new Map(
    getCollectionProps(field, { type: "checkbox", options }).map((p) => [p.value, p]),
  );
  const describedBy = field.errors ? field.errorId : hint ? field.descriptionId : undefined;
  return (
    <fieldset aria-describedby={describedBy}>
      <legend className="text-sm font-medium text-slate-700">{legend}</legend>
      {hint && !field.errors && (
        <p id={field.descriptionId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <div className="mt-2 space-y-3">
        {groups.map((group) => {
          const boxes = (
            <div className="grid gap-x-4 gap-y-1.5 sm:grid-cols-2 lg:grid-cols-3">
              {group.tags.map((tag) => {
                const { key, ...input } = props.get(tag.slug)!;
                return (
                  <label
                    key={key}
                    className="flex items-start gap-2 rounded px-1 py-0.5 text-sm text-slate-800 hover:bg-slate-50"
                  >
                    <input {...input} className="mt-0.5 accent-brand-600" />
                    {tagLabel(tag.slug, locale)}
                  </label>
                );
              })}
            </div>
          );
          const box = "rounded-md border border-slate-200 p-3";
          if (!group.key)
            return (
              <div key="all" className={box}>
                {boxes}
              </div>
            );
          return (
            <fieldset key={group.key} className={box}>
              <legend className="px-1 text-xs font-medium text-slate-500">
                {t(`capabilityGroups.${group.key}`)}
              </legend>
              {boxes}
            </fieldset>
          );
        })}
      </div>
      <FieldErrors field={field} />
    </fieldset>
  );
}
