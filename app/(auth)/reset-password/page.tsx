import { readUrlParam, textParam } from "@/lib/http/url-params";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/account-forms";

export default async function ResetPasswordPage({ searchParams }: PageProps<"/reset-password">) {
  const { token } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t("resetTitle")}</h1>
      <ResetPasswordForm token={readUrlParam(textParam(500), token) ?? ""} />
    </>
  );
}
