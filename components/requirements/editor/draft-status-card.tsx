import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/requirements/status-badge";
import { AsideCard } from "./editor-layout";
import { SubmitForReview } from "./submit-for-review";

/** The draft's state and its next step: submitting it for review. */
export async function DraftStatusCard({
  requirement,
}: {
  requirement: { id: string; updatedAt: Date };
}) {
  const [t, format] = await Promise.all([getTranslations("authoring"), getFormatter()]);
  const savedAt = format.dateTime(requirement.updatedAt, {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return (
    <AsideCard title={t("submit.title")}>
      <div className="mb-3 flex flex-wrap items-center gap-2 text-xs text-slate-500">
        <StatusBadge status="DRAFT" />
        <time dateTime={requirement.updatedAt.toISOString()}>
          {t("editor.lastSaved", { time: savedAt })}
        </time>
      </div>
      <p className="mb-4 text-sm text-slate-600">{t("submit.text")}</p>
      <SubmitForReview requirementId={requirement.id} />
      <Link
        href={`/requirements/${encodeURIComponent(requirement.id)}`}
        className="mt-4 block text-center text-sm text-brand-700 underline underline-offset-2 hover:text-brand-900"
      >
        {t("editor.preview")}
      </Link>
    </AsideCard>
  );
}
