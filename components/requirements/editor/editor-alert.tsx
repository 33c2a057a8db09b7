"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { parseErrorKey } from "@/lib/i18n/field-error";
import { FormAlert } from "@/components/forms/form-alert";

const CONFLICTS = new Set(["changedByOther", "changedByPlatform", "requirementChanged"]);

/**
 * The form's own errors, brought into view (the save button is far below). When someone else
 * saved first, it offers to load their version.
 */
export function EditorAlert({ id, errors }: { id: string; errors?: string[] }) {
  const t = useTranslations("authoring.editor");
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors?.length) box.current?.scrollIntoView({ behavior: "smooth", block: "center" });
  }, [errors]);
  if (!errors?.length) return null;
  const conflict = errors.some((error) => CONFLICTS.has(parseErrorKey(error).key));
  return (
    <div ref={box} className="scroll-mt-24 space-y-2">
      <FormAlert id={id} errors={errors} />
      {conflict && (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <button
            type="button"
            onClick={() => window.location.reload()}
            className="rounded-md border border-rose-300 bg-white px-3 py-1.5 font-medium text-rose-800 hover:bg-rose-50"
          >
            {t("reload")}
          </button>
          <span className="text-slate-600">{t("reloadHint")}</span>
        </div>
      )}
    </div>
  );
}
