import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getAwardNotice } from "@/lib/domain/evaluation/outcomes";
import { formatCnyExact } from "@/lib/format/money";
import type { Locale } from "@/lib/i18n/config";
import { Panel } from "@/components/ui/panel";

/** 中标结果公示 on a PUBLIC requirement's page once awarded: the winner, the amount, the date. */
export async function AwardNotice({ requirementId }: { requirementId: string }) {
  const notice = await getAwardNotice(requirementId);
  if (!notice) return null;
  const [t, format, locale] = await Promise.all([
    getTranslations("evaluation.awardNotice"),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <Panel id="award-notice" title={t("title")}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-slate-600">{t("winner")}</dt>
        <dd>
          <Link
            href={`/vendors/${notice.vendor.id}`}
            className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
          >
            {notice.vendor.name}
          </Link>
        </dd>
        <dt className="text-slate-600">{t("amount")}</dt>
        <dd>{formatCnyExact(notice.amountCny, locale)}</dd>
        <dt className="text-slate-600">{t("date")}</dt>
        <dd>
          <time dateTime={notice.decidedAt.toISOString()}>
            {format.dateTime(notice.decidedAt, { dateStyle: "medium" })}
          </time>
        </dd>
      </dl>
    </Panel>
  );
}
