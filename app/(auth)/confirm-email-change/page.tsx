import { readUrlParam, textParam } from "@/lib/http/url-params";
import { getTranslations } from "next-intl/server";
import { LinkConfirmForm } from "@/components/auth/link-confirm-form";
import { confirmEmailChangeAction } from "../actions";

/** The link mailed to a new address: confirming it moves the account there. */
export default async function ConfirmEmailChangePage({
  searchParams,
}: PageProps<"/confirm-email-change">) {
  const { token } = await searchParams;
  const t = await getTranslations("account");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("confirmEmailTitle")}</h1>
      <p className="mt-3 mb-6 text-slate-700">{t("confirmEmailText")}</p>
      <LinkConfirmForm
        token={readUrlParam(textParam(500), token) ?? ""}
        action={confirmEmailChangeAction}
        button={t("confirmEmailButton")}
        done={t("confirmEmailDone")}
        next={{ href: "/account", label: t("backToAccount") }}
      />
    </>
  );
}
