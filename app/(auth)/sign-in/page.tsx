import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";

/** Only same-site paths are followed after sign-in. */
function safeCallback(value: unknown): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//")
    ? value
    : "/";
}

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { callbackUrl, notice } = await searchParams;
  const [t, tm] = await Promise.all([getTranslations("auth"), getTranslations("members")]);
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t("signInTitle")}</h1>
      {notice === "joined" && (
        <p
          role="status"
          className="mb-5 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
        >
          {tm("signedUpNotice")}
        </p>
      )}
      <SignInForm callbackUrl={safeCallback(callbackUrl)} />
      <div className="mt-6 flex justify-between text-sm">
        <Link href="/forgot-password" className="text-brand-700 hover:underline">
          {t("forgotPassword")}
        </Link>
        <span className="text-slate-600">
          {t("noAccount")}{" "}
          <Link href="/sign-up" className="text-brand-700 hover:underline">
            {t("signUp")}
          </Link>
        </span>
      </div>
    </>
  );
}
