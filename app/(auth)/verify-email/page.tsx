import { readUrlParam, textParam } from "@/lib/http/url-params";
import { getTranslations } from "next-intl/server";
import { ConfirmEmailForm } from "@/components/auth/account-forms";

export default async function VerifyEmailPage({ searchParams }: PageProps<"/verify-email">) {
  const { token } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("confirmTitle")}</h1>
      <p className="mt-3 mb-6 text-slate-700">{t("confirmText")}</p>
      <ConfirmEmailForm token={readUrlParam(textParam(500), token) ?? ""} />
    </>
  );
}
