import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { OwnProposal } from "@/lib/domain/proposals/get-own-proposal";
import { proposalReceiptHref } from "@/lib/domain/proposals/proposal-hrefs";
import { ProposalAttachmentLinks } from "./proposal-attachment-links";
import { formatCnyExact } from "@/lib/format/money";
import type { Locale } from "@/lib/i18n/config";
import { Panel } from "@/components/ui/panel";

type Version = NonNullable<OwnProposal["proposal"]>["versions"][number];

/** Every submitted version, newest first: when it was received, its digest, what changed, its receipt. */
export async function VersionHistory({
  requirementId,
  versions,
}: {
  requirementId: string;
  versions: Version[];
}) {
  const [t, format, locale] = await Promise.all([
    getTranslations("proposals"),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <Panel id="proposal-history" title={t("historyTitle")}>
      {versions.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noHistory")}</p>
      ) : (
        <ol className="space-y-4">
          {versions.map((v, i) => (
            <li key={v.version} className="rounded-md border border-slate-200 p-3 text-sm">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-semibold">{t("version", { version: v.version })}</h3>
                <a
                  href={proposalReceiptHref(requirementId, v.version)}
                  className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
                  download
                >
                  {t("downloadReceipt")}
                </a>
              </div>
              <dl className="mt-2 grid gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr]">
                <dt className="text-slate-500">{t("receivedAt")}</dt>
                <dd>
                  <time dateTime={v.receivedAt.toISOString()}>
                    {format.dateTime(v.receivedAt, { dateStyle: "medium", timeStyle: "medium" })}
                  </time>
                </dd>
                <dt className="text-slate-500">{t("price")}</dt>
                <dd>{formatCnyExact(v.content.priceCny, locale as Locale)}</dd>
                <dt className="text-slate-500">{t("digest")}</dt>
                <dd className="break-all font-mono text-xs">{v.digest}</dd>
              </dl>
              <p className="mt-2 text-slate-700">
                {i === versions.length - 1
                  ? t("firstVersion")
                  : v.changed.length === 0
                    ? t("unchanged")
                    : t("changed", {
                        fields: v.changed
                          .map((f) => t(`field.${f}`))
                          .join(locale === "en" ? ", " : "、"),
                      })}
              </p>
              {v.attachments.length > 0 && (
                <ProposalAttachmentLinks
                  attachments={v.attachments}
                  className="mt-2 list-disc pl-5"
                />
              )}
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
