import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { OpenedProposal } from "@/lib/domain/evaluation/list-opened-proposals";
import { ProposalAttachmentLinks } from "@/components/proposals/proposal-attachment-links";
import { formatCnyExact } from "@/lib/format/money";
import type { Locale } from "@/lib/i18n/config";
import { ProposalStatusBadge } from "@/components/proposals/proposal-status-badge";

/** 开标记录: every submitted proposal's latest version, with the digest on the vendor's receipt. */
export async function OpenedProposals({
  proposals,
  decide,
}: {
  proposals: OpenedProposal[];
  /** The shortlist buttons of a proposal, when the viewer may decide. */
  decide?: (proposal: OpenedProposal) => React.ReactNode;
}) {
  const [t, format, locale] = await Promise.all([
    getTranslations("evaluation.opened"),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  if (proposals.length === 0) return <p className="text-sm text-slate-700">{t("none")}</p>;
  return (
    <ul className="space-y-4">
      {proposals.map((p) => (
        <li key={p.id} className="space-y-2 rounded-md border border-slate-200 p-4 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="font-semibold">{p.vendor.name}</h3>
            <ProposalStatusBadge status={p.status} />
          </div>
          <p className="text-slate-700">{p.summary}</p>
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-600">{t("price")}</dt>
            <dd>{formatCnyExact(p.priceCny, locale)}</dd>
            <dt className="text-slate-600">{t("delivery")}</dt>
            <dd>{p.deliveryMonths === null ? "—" : t("months", { months: p.deliveryMonths })}</dd>
            <dt className="text-slate-600">{t("team")}</dt>
            <dd>
              {p.team.length === 0
                ? "—"
                : p.team
                    .map((m) => t("teamMember", { role: m.role, count: m.count }))
                    .join(t("separator"))}
            </dd>
            <dt className="text-slate-600">{t("version")}</dt>
            <dd>
              {t("versionValue", { version: p.version })}
              {p.submittedAt && (
                <>
                  {" · "}
                  <time dateTime={p.submittedAt.toISOString()}>
                    {format.dateTime(p.submittedAt, { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                </>
              )}
            </dd>
            <dt className="text-slate-600">{t("digest")}</dt>
            <dd className="font-mono text-xs break-all">{p.digest}</dd>
            <dt className="text-slate-600">{t("attachments")}</dt>
            <dd>
              {p.attachments.length === 0 ? (
                "—"
              ) : (
                <ProposalAttachmentLinks attachments={p.attachments} />
              )}
            </dd>
          </dl>
          {decide?.(p)}
        </li>
      ))}
    </ul>
  );
}
