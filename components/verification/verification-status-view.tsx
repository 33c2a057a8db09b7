import { getFormatter, getTranslations } from "next-intl/server";
import type { VerificationStatusView as View } from "@/lib/domain/verification/get-verification-status";
import { VerificationStatusBadge } from "./verification-status-badge";

/** What the organization's members read about its verification, with the admin's reason. */
export async function VerificationStatusView({ verification }: { verification: View }) {
  const [t, separators, format] = await Promise.all([
    getTranslations("verification"),
    getTranslations("listSeparators"),
    getFormatter(),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long" });
  const latest = verification.latestRequest;
  const text = {
    UNVERIFIED: t("unverifiedText"),
    PENDING: t("pendingText", { date: latest ? date(latest.requestedAt) : "—" }),
    VERIFIED: t("verifiedText", {
      date: verification.verifiedAt ? date(verification.verifiedAt) : "—",
    }),
    REJECTED: t("rejectedText", { date: latest ? date(latest.requestedAt) : "—" }),
  }[verification.status];
  return (
    <div className="space-y-4">
      <p className="flex flex-wrap items-center gap-3">
        <span className="text-sm text-slate-500">{t("statusLabel")}</span>
        <VerificationStatusBadge status={verification.status} />
      </p>
      <p className="text-slate-800">{text}</p>
      {verification.status === "REJECTED" && latest?.reason && (
        <div className="rounded-md border border-rose-200 bg-rose-50 px-4 py-3">
          <p className="text-sm font-medium text-rose-900">{t("rejectionReason")}</p>
          <p className="mt-1 whitespace-pre-wrap text-rose-900">{latest.reason}</p>
        </div>
      )}
      {latest && verification.status !== "UNVERIFIED" && (
        <p className="text-sm text-slate-600">
          {t("submittedLicence")}
          {separators("labelValue")}
          <a
            href={`/files/licences/${latest.id}`}
            target="_blank"
            rel="noopener"
            className="text-brand-700 underline-offset-2 hover:underline"
          >
            {latest.licenseName}
          </a>
        </p>
      )}
    </div>
  );
}
