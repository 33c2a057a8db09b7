import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { appUrl } from "@/lib/config";
import { optionalChoiceParam, readUrlParam } from "@/lib/http/url-params";
import { safeRedirectPath } from "@/lib/http/redirect-target";

const NOTICES = {
  joined: "members.signedUpNotice",
  unlocked: "auth.unlockedNotice",
  signedOutEverywhere: "auth.signedOutEverywhereNotice",
} as const;
const NOTICE_KEYS = Object.keys(NOTICES) as [keyof typeof NOTICES, ...(keyof typeof NOTICES)[]];

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { callbackUrl, notice } = await searchParams;
  const [t, tAll] = await Promise.all([getTranslations("auth"), getTranslations()]);
  const noticeKey = readUrlParam(optionalChoiceParam(NOTICE_KEYS), notice);
  const shown = noticeKey ? NOTICES[noticeKey] : null;
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t("signInTitle")}</h1>
      {shown && (
        <p
          role="status"
          className="mb-5 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
        >
          {tAll(shown)}
        </p>
      )}
      <SignInForm callbackUrl={safeRedirectPath(callbackUrl, appUrl())} />
      <div className="mt-6 flex justify-between text-sm">
        <Link
          href="/forgot-password"
          className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
        >
          {t("forgotPassword")}
        </Link>
        <span className="text-slate-600">
          {t("noAccount")}{" "}
          <Link
            href="/sign-up"
            className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
          >
            {t("signUp")}
          </Link>
        </span>
      </div>
    </>
  );
}
