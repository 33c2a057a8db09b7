import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function EnterpriseNotFound() {
  const t = await getTranslations("enterprises");
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-8 text-center">
      <h1 className="text-xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("notFoundText")}</p>
      <Link
        href="/"
        className="mt-4 inline-block text-brand-700 underline underline-offset-2 hover:text-brand-900"
      >
        {t("backToMarket")}
      </Link>
    </div>
  );
}
