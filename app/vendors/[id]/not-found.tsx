import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function VendorNotFound() {
  const t = await getTranslations("vendors");
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-8 text-center">
      <h1 className="text-xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("notFoundText")}</p>
      <Link
        href="/vendors"
        className="mt-4 inline-block text-brand-700 underline underline-offset-2 hover:text-brand-900"
      >
        {t("backToDirectory")}
      </Link>
    </div>
  );
}
