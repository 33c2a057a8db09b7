"use client";

import { getCollectionProps, getFormProps, getInputProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { createApiTokenAction, type CreateApiTokenResult } from "@/app/account/tokens/actions";
import { createApiTokenSchema } from "@/lib/domain/api-tokens/api-token.schema";
import { ApiTokenScope } from "@/lib/generated/prisma/enums";
import { Field, FieldErrors } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonClass } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NewTokenNotice } from "./new-token-notice";

const SCOPES = Object.values(ApiTokenScope);

/** Names a new token and picks its scope; once created, the token is shown above the form. */
export function CreateTokenForm({ apiBase, maxTokens }: { apiBase: string; maxTokens: number }) {
  const t = useTranslations("apiTokens");
  const { form, fields, action, pending, lastResult } = useActionForm(
    createApiTokenAction,
    createApiTokenSchema,
    { scope: "READ" },
  );
  const created = (lastResult as CreateApiTokenResult | undefined)?.created;
  return (
    <div className="space-y-6">
      {created && <NewTokenNotice {...created} apiBase={apiBase} />}
      <form {...getFormProps(form)} action={action} className="space-y-4">
        <FormAlert id={form.errorId} errors={form.errors} />
        <div className="max-w-md">
          <Field field={fields.name} label={t("nameLabel")} hint={t("nameHint")}>
            <Input
              {...getInputProps(fields.name, { type: "text" })}
              maxLength={60}
              autoComplete="off"
            />
          </Field>
        </div>
        <fieldset aria-describedby={fields.scope.errors ? fields.scope.errorId : undefined}>
          <legend className="text-sm font-medium text-slate-700">{t("scopeLegend")}</legend>
          <div className="mt-2 grid gap-3 sm:grid-cols-2">
            {getCollectionProps(fields.scope, { type: "radio", options: SCOPES }).map(
              ({ key, ...radio }) => (
                <label
                  key={key}
                  className="flex cursor-pointer gap-3 rounded-md border border-slate-200 p-3 has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:ring-2 has-focus-visible:ring-brand-600"
                >
                  <input {...radio} className="mt-1 accent-brand-600" />
                  <span>
                    <span className="block text-sm font-medium text-slate-900">
                      {t(`scope.${radio.value as ApiTokenScope}`)}
                    </span>
                    <span className="mt-0.5 block text-xs text-slate-600">
                      {t(`scopeHint.${radio.value as ApiTokenScope}`)}
                    </span>
                  </span>
                </label>
              ),
            )}
          </div>
          <FieldErrors field={fields.scope} />
        </fieldset>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" disabled={pending} className={buttonClass("primary", "medium")}>
            {pending ? t("creating") : t("createButton")}
          </button>
          <p className="text-xs text-slate-500">{t("limitNote", { max: maxTokens })}</p>
        </div>
      </form>
    </div>
  );
}
