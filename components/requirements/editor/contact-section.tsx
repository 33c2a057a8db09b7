"use client";

import { getInputProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { Panel } from "@/components/ui/panel";
import { Input } from "@/components/ui/input";
import type { EditorFields } from "./editor-types";
import { useFieldText } from "./use-field-text";

/** Whom vendors may contact about the requirement (the requirement page shows it to vendors only). */
export function ContactSection({ fields }: { fields: EditorFields }) {
  const t = useTranslations("authoring");
  const text = useFieldText();
  return (
    <Panel id="contact" title={t("sections.contact")}>
      <p className="-mt-1 mb-4 text-sm text-slate-500">{t("contactHint")}</p>
      <div className="grid gap-5 sm:grid-cols-3">
        <Field field={fields.contactName} label={text.label("contactName", { optional: true })}>
          <Input
            {...getInputProps(fields.contactName, { type: "text" })}
            autoComplete="name"
            maxLength={50}
          />
        </Field>
        <Field field={fields.contactPhone} label={text.label("contactPhone", { optional: true })}>
          <Input
            {...getInputProps(fields.contactPhone, { type: "tel" })}
            autoComplete="tel"
            maxLength={30}
          />
        </Field>
        <Field field={fields.contactEmail} label={text.label("contactEmail", { optional: true })}>
          <Input {...getInputProps(fields.contactEmail, { type: "email" })} autoComplete="email" />
        </Field>
      </div>
    </Panel>
  );
}
