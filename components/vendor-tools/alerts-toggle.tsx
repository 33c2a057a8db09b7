"use client";

import { useTranslations } from "next-intl";
import { setSavedSearchAlertsAction } from "@/app/workspace/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { useOptimisticToggle } from "./use-optimistic-toggle";

/** A switch: alerts about new requirements matching the saved search, on or off. */
export function AlertsToggle({ id, alertsEnabled }: { id: string; alertsEnabled: boolean }) {
  const t = useTranslations("vendorTools.savedSearches");
  const { shown, formAction, nextValue, errors } = useOptimisticToggle(
    alertsEnabled,
    "alertsEnabled",
    () => setSavedSearchAlertsAction,
  );
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="alertsEnabled" value={nextValue} />
      <button
        type="submit"
        aria-pressed={shown}
        className="group inline-flex items-center gap-2 rounded-md px-1 py-1 text-sm text-slate-700"
      >
        <span
          aria-hidden="true"
          className="relative inline-block h-5 w-9 rounded-full bg-slate-300 transition group-aria-pressed:bg-brand-600"
        >
          <span className="absolute top-0.5 left-0.5 h-4 w-4 rounded-full bg-white shadow transition group-aria-pressed:translate-x-4" />
        </span>
        {t("alerts")}
      </button>
      <FormAlert errors={errors} />
    </form>
  );
}
