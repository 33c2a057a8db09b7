import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { findSimilarRequirements } from "@/lib/domain/matching/find-similar-requirements";
import type { Locale } from "@/lib/i18n/config";
import { displayName } from "@/components/organizations/organization-name";
import { StatusBadge } from "@/components/requirements/status-badge";
import { Panel } from "@/components/ui/panel";
import { ReasonList } from "./reason-list";

/** 相似需求: other enterprises' requirements like this one, with their state and winner. */
export async function SimilarRequirementsPanel({
  actor,
  requirementId,
}: {
  actor: Actor;
  requirementId: string;
}) {
  const locale = (await getLocale()) as Locale;
  const [t, similar] = await Promise.all([
    getTranslations("matching.similar"),
    findSimilarRequirements(actor, { requirementId, limit: 5, locale }),
  ]);
  return (
    <Panel id="similar-requirements" title={t("title")}>
      <p className="mb-3 text-sm text-slate-600">{t("intro")}</p>
      {similar.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="space-y-4">
          {similar.map((item) => (
            <li key={item.requirement.id} className="space-y-1">
              <div className="flex flex-wrap items-center gap-2">
                <Link
                  href={`/requirements/${item.requirement.id}`}
                  className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
                >
                  {item.requirement.title}
                </Link>
                <StatusBadge status={item.status} />
              </div>
              <p className="text-sm text-slate-600">
                {t("by", { organization: displayName(item.organization, locale) })}
                {item.awardedTo && ` · ${t("awardedTo", { vendor: item.awardedTo.name })}`}
              </p>
              <ReasonList reasons={item.reasons} />
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
