"use client";

import { useTranslations } from "next-intl";
import { bookmarkRequirementAction, removeBookmarkAction } from "@/app/requirements/[id]/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { useOptimisticToggle } from "./use-optimistic-toggle";

/**
 * "☆ Bookmark" / "★ Bookmarked". The accessible name stays "Bookmark" and aria-pressed tells
 * whether it is on, so a screen reader does not hear the state twice.
 */
export function BookmarkToggle({
  requirementId,
  bookmarked,
}: {
  requirementId: string;
  bookmarked: boolean;
}) {
  const t = useTranslations("vendorTools.bookmark");
  const { shown, formAction, nextValue, errors } = useOptimisticToggle(
    bookmarked,
    "bookmarked",
    (next) => (next ? bookmarkRequirementAction : removeBookmarkAction),
  );
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="requirementId" value={requirementId} />
      <input type="hidden" name="bookmarked" value={nextValue} />
      <button
        type="submit"
        aria-pressed={shown}
        aria-label={t("label")}
        className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 aria-pressed:border-amber-300 aria-pressed:bg-amber-50 aria-pressed:text-amber-800"
      >
        <span aria-hidden="true" className={shown ? "text-amber-500" : "text-slate-400"}>
          {shown ? "★" : "☆"}
        </span>
        {shown ? t("added") : t("add")}
      </button>
      <FormAlert errors={errors} />
    </form>
  );
}
