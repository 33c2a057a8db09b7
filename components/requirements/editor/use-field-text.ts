"use client";

import { useTranslations } from "next-intl";

/**
 * A field's label and hint from `authoring.fields.<name>`; optional fields say so in the label
 * (what a save cannot do without stays unmarked).
 */
export function useFieldText() {
  const t = useTranslations("authoring");
  return {
    label: (name: string, { optional = false } = {}) => {
      const label = t(`fields.${name}.label`);
      return optional ? t("optionalLabel", { label }) : label;
    },
    hint: (name: string, values?: Record<string, number>) => t(`fields.${name}.hint`, values),
  };
}
