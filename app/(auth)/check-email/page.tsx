import { readUrlParam, textParam } from "@/lib/http/url-params";
import { getTranslations } from "next-intl/server";
import { EmailRequestForm } from "@/components/auth/account-forms";

export default async function CheckEmailPage({ searchParams }: PageProps<"/check-email">) {
  const { email } = await searchParams;
  const address = readUrlParam(textParam(320), email) ?? "";
  const t = await getTranslations("auth");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("checkEmailTitle")}</h1>
      <p className="mt-3 mb-6 text-slate-700">{t("checkEmailText", { email: address })}</p>
      <EmailRequestForm purpose="resend" email={address} />
    </>
  );
}
