"use client";

import { getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { REQUIREMENT_LIMITS } from "@/lib/domain/requirements/authoring/requirement-fields.schema";
import { Field } from "@/components/forms/field";
import { Textarea } from "@/components/ui/input";
import { useFieldText } from "./use-field-text";

/** A long optional text, written in Markdown (the requirement page renders it, sanitized). */
export function MarkdownField({
  field,
  name,
  rows = 6,
}: {
  field: FieldMetadata<unknown>;
  name: string;
  rows?: number;
}) {
  const t = useTranslations("authoring");
  const text = useFieldText();
  return (
    <Field
      field={field}
      label={text.label(name, { optional: true })}
      hint={t("markdownFieldHint", { hint: text.hint(name), markdown: t("markdownHint") })}
    >
      <Textarea
        {...getTextareaProps(field)}
        rows={rows}
        maxLength={REQUIREMENT_LIMITS.longText}
        className="text-sm leading-relaxed"
      />
    </Field>
  );
}
