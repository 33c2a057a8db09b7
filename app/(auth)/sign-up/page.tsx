import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";

export default async function SignUpPage() {
  const t = await getTranslations("auth");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("signUpTitle")}</h1>
      <p className="mt-2 mb-6 text-sm text-slate-600">{t("signUpIntro")}</p>
      <SignUpForm />
      <p className="mt-6 text-center text-sm text-slate-600">
        {t("haveAccount")}{" "}
        <Link
          href="/sign-in"
          className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
        >
          {t("signIn")}
        </Link>
      </p>
    </>
  );
}
