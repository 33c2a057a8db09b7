import { getTranslations } from "next-intl/server";
import { removeBookmarkAction } from "@/app/requirements/[id]/actions";
import type { RequirementSummary } from "@/lib/domain/requirements/requirement-summary";
import { ActionForm } from "@/components/members/action-form";
import { RequirementCard } from "@/components/requirements/requirement-card";

/** A bookmarked requirement: its card, when it was bookmarked, and a way to remove it. */
export async function BookmarkItem({
  requirement,
  bookmarkedAt,
}: {
  requirement: RequirementSummary;
  bookmarkedAt: string;
}) {
  const t = await getTranslations("vendorTools");
  return (
    <li>
      <RequirementCard requirement={requirement} />
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2 px-1 text-sm text-slate-500">
        <span>{t("bookmarks.bookmarkedAt", { date: bookmarkedAt })}</span>
        <ActionForm
          action={removeBookmarkAction}
          hidden={{ requirementId: requirement.id }}
          label={t("bookmarks.remove")}
          pendingLabel={t("working")}
        />
      </div>
    </li>
  );
}
