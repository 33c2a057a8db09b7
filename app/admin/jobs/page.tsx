import { getTranslations } from "next-intl/server";
import { getJobQueueStatus } from "@/lib/domain/admin/job-queue";
import { shanghaiTimeText } from "@/lib/format/shanghai-time";
import { Panel } from "@/components/ui/panel";
import { Table } from "@/components/ui/table";
import { RetryJobForm } from "@/components/admin/retry-job-form";
import { WaitingTime } from "@/components/admin/waiting-time";
import { requireAdminPage } from "../require-admin-page";

const cell = "px-3 py-2 align-top";

export default async function AdminJobsPage() {
  const admin = await requireAdminPage("/admin/jobs");
  const [t, status] = await Promise.all([getTranslations("admin.jobs"), getJobQueueStatus(admin)]);
  return (
    <div className="space-y-6">
      <Panel id="backlog" title={t("backlogTitle")}>
        <p className="mb-4 text-sm text-slate-600">{t("backlogIntro")}</p>
        <Table
          caption={t("backlogTitle")}
          columns={[{ label: t("queue") }, { label: t("waiting") }, { label: t("oldest") }]}
        >
          {status.queues.map((queue) => (
            <tr key={queue.queue} className="border-b border-slate-100">
              <td className={`${cell} font-mono`}>{queue.queue}</td>
              <td className={cell}>{queue.waiting}</td>
              <td className={cell}>
                {queue.oldestWaitingSeconds === null ? (
                  t("none")
                ) : (
                  <WaitingTime waitingMs={queue.oldestWaitingSeconds * 1000} />
                )}
              </td>
            </tr>
          ))}
        </Table>
      </Panel>
      <Panel id="failed" title={t("failedTitle")}>
        {status.failed.length === 0 ? (
          <p className="rounded-md bg-slate-50 px-4 py-6 text-center text-slate-600">
            {t("noFailed")}
          </p>
        ) : (
          <Table
            caption={t("failedTitle")}
            columns={[
              { label: t("queue") },
              { label: t("failedAt") },
              { label: t("error") },
              { label: t("action"), hidden: true },
            ]}
          >
            {status.failed.map((job) => (
              <tr key={job.id} className="border-b border-slate-100">
                <td className={`${cell} font-mono`}>{job.queue}</td>
                <td className={`${cell} whitespace-nowrap`}>{shanghaiTimeText(job.failedAt)}</td>
                <td className={`${cell} break-all text-red-800`}>{job.error}</td>
                <td className={cell}>
                  <RetryJobForm queue={job.queue} id={job.id} />
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Panel>
      <Panel id="email" title={t("emailTitle")}>
        {status.email.length === 0 ? (
          <p className="rounded-md bg-slate-50 px-4 py-6 text-center text-slate-600">
            {t("noEmail")}
          </p>
        ) : (
          <Table
            caption={t("emailTitle")}
            columns={[
              { label: t("kind") },
              { label: t("queuedAt") },
              { label: t("attempts") },
              { label: t("error") },
            ]}
          >
            {status.email.map((email) => (
              <tr key={email.id} className="border-b border-slate-100">
                <td className={`${cell} font-mono`}>{email.kind}</td>
                <td className={`${cell} whitespace-nowrap`}>{shanghaiTimeText(email.createdAt)}</td>
                <td className={cell}>{email.attempts}</td>
                <td className={`${cell} break-all text-red-800`}>{email.lastError}</td>
              </tr>
            ))}
          </Table>
        )}
      </Panel>
    </div>
  );
}
