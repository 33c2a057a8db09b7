"use client";

import { useTranslations } from "next-intl";
import type { FormResult } from "@/lib/forms/handle-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { succeeded } from "@/components/organizations/saved-note";

/**
 * Stays at the bottom of the window while the form is on screen: the save button, and whether
 * there are unsaved changes or the last save went through.
 */
export function SaveBar({
  label,
  dirty,
  pending,
  lastResult,
}: {
  label: string;
  dirty: boolean;
  pending: boolean;
  lastResult: FormResult | undefined;
}) {
  const t = useTranslations("authoring");
  const saved = !dirty && succeeded(lastResult);
  return (
    <div className="sticky bottom-0 z-10 -mx-4 border-t border-slate-200 bg-white/95 px-4 py-3 shadow-[0_-4px_12px_-6px_rgba(15,23,42,0.15)] backdrop-blur sm:mx-0 sm:rounded-lg sm:border">
      <div className="flex items-center justify-between gap-4">
        <p role="status" className="text-sm">
          {dirty && (
            <span className="inline-flex items-center gap-2 text-amber-800">
              <span aria-hidden className="h-2 w-2 rounded-full bg-amber-500" />
              {t("editor.unsaved")}
            </span>
          )}
          {saved && <span className="text-emerald-700">✓ {t("actions.saved")}</span>}
        </p>
        <div className="w-32 shrink-0 sm:w-36">
          <SubmitButton pending={pending} pendingText={t("actions.saving")}>
            {label}
          </SubmitButton>
        </div>
      </div>
    </div>
  );
}
