import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { RequirementDetail } from "@/lib/domain/requirements/get-requirement";
import type { Locale } from "@/lib/i18n/config";
import { Panel } from "@/components/ui/panel";
import { FactList } from "./fact-list";

/**
 * The result of an awarded requirement: the winning vendor, when it was decided and, once
 * recorded, when the contract was signed and completed. Nothing before an award exists.
 */
export async function AwardPanel({ award }: { award: NonNullable<RequirementDetail["award"]> }) {
  const [t, format, locale] = await Promise.all([
    getTranslations("requirement"),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const day = (date: Date) => (
    <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: "long" })}</time>
  );
  const { vendor } = award;
  const facts: [string, React.ReactNode][] = [
    [
      t("winner"),
      <Link
        key="w"
        href={`/vendors/${encodeURIComponent(vendor.id)}`}
        className="font-semibold text-brand-700 underline underline-offset-2"
      >
        {locale === "en" && vendor.nameEn ? vendor.nameEn : vendor.name}
      </Link>,
    ],
    [t("awardedAt"), day(award.decidedAt)],
  ];
  if (award.signedAt) facts.push([t("signedAt"), day(award.signedAt)]);
  if (award.completedAt) facts.push([t("completedAt"), day(award.completedAt)]);
  return (
    <Panel id="award" title={t("award")}>
      <FactList facts={facts} />
    </Panel>
  );
}
