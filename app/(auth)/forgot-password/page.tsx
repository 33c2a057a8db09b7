import { getTranslations } from "next-intl/server";
import { EmailRequestForm } from "@/components/auth/account-forms";

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("forgotTitle")}</h1>
      <p className="mt-3 mb-6 text-slate-700">{t("forgotText")}</p>
      <EmailRequestForm purpose="reset" />
    </>
  );
}
