import { readUrlParam, textParam } from "@/lib/http/url-params";
import { getTranslations } from "next-intl/server";
import { LinkConfirmForm } from "@/components/auth/link-confirm-form";
import { unlockSignInAction } from "../actions";

/** The emailed unlock link: this browser becomes one the account's owner signs in from. */
export default async function UnlockSignInPage({ searchParams }: PageProps<"/unlock-sign-in">) {
  const { token } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("unlockTitle")}</h1>
      <p className="mt-3 mb-6 text-slate-700">{t("unlockText")}</p>
      <LinkConfirmForm
        token={readUrlParam(textParam(500), token) ?? ""}
        action={unlockSignInAction}
        button={t("unlockButton")}
        done={t("unlockDone")}
        next={{ href: "/sign-in?notice=unlocked", label: t("signIn") }}
      />
    </>
  );
}
