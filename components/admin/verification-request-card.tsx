import { getFormatter, getTranslations } from "next-intl/server";
import type { PendingVerification } from "@/lib/domain/verification/list-pending-verifications";
import { DecideVerificationForms } from "./decide-verification-forms";
import { FileFacts } from "./file-facts";
import { WaitingTime } from "./waiting-time";
import { getRegionName } from "@/components/i18n/data-names";

/** One request of the queue: who asks, for which organization, the licence, and the decision. */
export async function VerificationRequestCard({ request }: { request: PendingVerification }) {
  const [t, tk, format, regionName] = await Promise.all([
    getTranslations("admin.verifications"),
    getTranslations("admin.kind"),
    getFormatter(),
    getRegionName(),
  ]);
  const org = request.organization;
  const file = request.licenseFile;
  const facts: [string, React.ReactNode][] = [
    [t("creditCode"), org.creditCode ?? <span className="text-slate-400">{t("notGiven")}</span>],
    [t("region"), org.region ? regionName(org.region) : "—"],
    [t("requestedBy"), `${request.requestedBy.name} <${request.requestedBy.email}>`],
    [
      t("requestedAt"),
      format.dateTime(request.createdAt, { dateStyle: "medium", timeStyle: "short" }),
    ],
  ];
  return (
    <article
      aria-labelledby={`request-${request.id}`}
      className="rounded-md border border-slate-200 p-4"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 id={`request-${request.id}`} className="font-semibold text-slate-900">
            {org.name}
            <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 align-middle text-xs font-medium text-brand-800">
              {tk(org.kind)}
            </span>
          </h3>
          {org.nameEn && <p className="text-sm text-slate-500">{org.nameEn}</p>}
        </div>
        <WaitingTime waitingMs={request.waitingMs} />
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label} className="flex gap-2">
            <dt className="shrink-0 text-slate-500">{label}</dt>
            <dd className="text-slate-800">{value}</dd>
          </div>
        ))}
        <div className="flex gap-2 sm:col-span-2">
          <dt className="shrink-0 text-slate-500">{t("licence")}</dt>
          <dd>
            <a
              href={`/files/licences/${request.id}`}
              target="_blank"
              rel="noopener"
              className="font-medium text-brand-700 underline-offset-2 hover:underline"
            >
              {file.originalName}
            </a>
            <span className="ml-2 text-slate-500">
              <FileFacts contentType={file.contentType} sizeBytes={file.sizeBytes} />
            </span>
          </dd>
        </div>
      </dl>
      <DecideVerificationForms requestId={request.id} />
    </article>
  );
}
