"use client";

import { getFormProps } from "@conform-to/react";
import { useTranslations } from "next-intl";
import { updateNotificationPreferencesAction } from "@/app/account/notifications/actions";
import {
  CHANNEL_CHOICES,
  DIGEST_CHOICES,
  updateNotificationPreferencesSchema,
  type ChannelChoice,
  type DigestChoice,
} from "@/lib/domain/notifications/notification-preferences.schema";
import { FormAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonClass } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";

interface TypeChoice {
  type: string;
  label: string;
  channel: ChannelChoice;
  fixed: boolean;
}

function RadioRow<Value extends string>({
  name,
  legend,
  values,
  checked,
  text,
}: {
  name: string;
  legend: string;
  values: readonly Value[];
  checked: Value;
  text: (value: Value) => string;
}) {
  return (
    <fieldset className="min-w-0 border-t border-slate-100 py-3 first:border-0">
      <legend className="mb-2 text-sm font-medium break-words text-slate-900">{legend}</legend>
      <div className="flex flex-col gap-2 text-sm text-slate-700 sm:flex-row sm:flex-wrap sm:gap-x-5">
        {values.map((value) => (
          <label key={value} className="inline-flex items-center gap-1.5">
            <input type="radio" name={name} value={value} defaultChecked={value === checked} />
            {text(value)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The channel of each kind of notice, and the digest for vendor members (`digest` not null). */
export function NotificationPreferencesForm({
  types,
  digest,
}: {
  types: TypeChoice[];
  digest: DigestChoice | null;
}) {
  const t = useTranslations("notificationPreferences");
  const { form, action, pending, lastResult } = useActionForm(
    updateNotificationPreferencesAction,
    updateNotificationPreferencesSchema,
  );
  const choosable = types.filter((choice) => !choice.fixed);
  return (
    <form {...getFormProps(form)} action={action} className="space-y-4">
      <FormAlert id={form.errorId} errors={form.errors} />
      <section
        aria-labelledby="types-title"
        className="rounded-lg border border-slate-200 bg-white p-6"
      >
        <h2 id="types-title" className="mb-2 text-lg font-semibold">
          {t("typesTitle")}
        </h2>
        {choosable.map((choice, index) => (
          <div key={choice.type}>
            <input type="hidden" name={`preferences[${index}].type`} value={choice.type} />
            <RadioRow
              name={`preferences[${index}].channel`}
              legend={choice.label}
              values={CHANNEL_CHOICES}
              checked={choice.channel}
              text={(value) => t(`channel.${value}`)}
            />
          </div>
        ))}
        {types
          .filter((choice) => choice.fixed)
          .map((choice) => (
            <p key={choice.type} className="border-t border-slate-100 py-3 text-sm">
              <span className="font-medium text-slate-900">{choice.label}</span>
              <span className="ml-3 text-slate-600">{t("fixed")}</span>
            </p>
          ))}
      </section>
      {digest && (
        <Panel id="digest-title" title={t("digestTitle")}>
          <p className="mb-2 text-sm text-slate-700">{t("digestIntro")}</p>
          <RadioRow
            name="digest"
            legend={t("digestTitle")}
            values={DIGEST_CHOICES}
            checked={digest}
            text={(value) => t(`digest.${value}`)}
          />
        </Panel>
      )}
      <div className="flex items-center gap-4">
        <button type="submit" disabled={pending} className={buttonClass("primary", "medium")}>
          {t("save")}
        </button>
        {lastResult?.status === "success" && (
          <p role="status" className="text-sm text-emerald-700">
            {t("saved")}
          </p>
        )}
      </div>
    </form>
  );
}
