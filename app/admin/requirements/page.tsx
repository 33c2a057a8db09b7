import { getTranslations } from "next-intl/server";
import { listModerationQueue } from "@/lib/domain/requirements/moderation/list-moderation-queue";
import { Panel } from "@/components/ui/panel";
import { DoneNotice } from "@/components/admin/done-notice";
import { optionalChoiceParam, readUrlParam } from "@/lib/http/url-params";
import { RequirementReviewCard } from "@/components/admin/requirement-review-card";
import { requireAdminPage } from "../require-admin-page";

const DECISIONS = ["approve", "requestChanges", "reject"] as const;

export default async function RequirementQueuePage({
  searchParams,
}: PageProps<"/admin/requirements">) {
  const admin = await requireAdminPage("/admin/requirements");
  const [t, queue, { done }] = await Promise.all([
    getTranslations("moderation"),
    listModerationQueue(admin),
    searchParams,
  ]);
  const decision = readUrlParam(optionalChoiceParam(DECISIONS), done);
  return (
    <Panel id="queue" title={t("queueHeading", { count: queue.total })}>
      <DoneNotice className="mb-4" text={decision && t(`done.${decision}`)} />
      <p className="mb-4 text-sm text-slate-600">{t("queueIntro")}</p>
      {queue.requirements.length === 0 ? (
        <p className="rounded-md bg-slate-50 px-4 py-6 text-center text-slate-600">
          {t("queueEmpty")}
        </p>
      ) : (
        <ol className="space-y-4">
          {queue.requirements.map((requirement) => (
            <li key={requirement.id}>
              <RequirementReviewCard requirement={requirement} />
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
