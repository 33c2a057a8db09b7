import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function RequirementNotFound() {
  const t = await getTranslations("requirement");
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-slate-200 bg-white p-8 text-center">
      <h1 className="text-xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("notFoundText")}</p>
      <Link
        href="/"
        className="mt-6 inline-block text-brand-700 underline underline-offset-2 hover:text-brand-900"
      >
        {t("backToList")}
      </Link>
    </div>
  );
}
