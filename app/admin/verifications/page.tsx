import { getTranslations } from "next-intl/server";
import { listPendingVerifications } from "@/lib/domain/verification/list-pending-verifications";
import { Panel } from "@/components/ui/panel";
import { VerificationRequestCard } from "@/components/admin/verification-request-card";
import { requireAdminPage } from "../require-admin-page";

export default async function VerificationQueuePage() {
  const admin = await requireAdminPage("/admin/verifications");
  const [t, queue] = await Promise.all([
    getTranslations("admin.verifications"),
    listPendingVerifications(admin),
  ]);
  return (
    <Panel id="queue" title={t("title", { count: queue.total })}>
      <p className="mb-4 text-sm text-slate-600">{t("intro")}</p>
      {queue.requests.length === 0 ? (
        <p className="rounded-md bg-slate-50 px-4 py-6 text-center text-slate-600">{t("empty")}</p>
      ) : (
        <ol className="space-y-4">
          {queue.requests.map((request) => (
            <li key={request.id}>
              <VerificationRequestCard request={request} />
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
