import { getTranslations } from "next-intl/server";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { getVerificationStatus } from "@/lib/domain/verification/get-verification-status";
import { Panel } from "@/components/ui/panel";
import { RequestVerificationForm } from "@/components/verification/request-verification-form";
import { VerificationStatusView } from "@/components/verification/verification-status-view";

export default async function OrganizationVerificationPage() {
  const actor = await requireSignedInPage("/organization/verification");
  const t = await getTranslations("verification");
  if (!actor.orgId) return <p className="text-slate-600">{t("noOrganization")}</p>;

  const verification = await getVerificationStatus(actor, { orgId: actor.orgId });
  return (
    <div className="space-y-6">
      <Panel id="verification-status" title={t("title")}>
        <p className="mb-4 text-sm text-slate-600">{t("intro")}</p>
        <VerificationStatusView verification={verification} />
      </Panel>
      {verification.canRequest && (
        <Panel
          id="verification-request"
          title={verification.status === "REJECTED" ? t("formTitleAgain") : t("formTitle")}
        >
          <p className="mb-4 text-sm text-slate-600">{t("formIntro")}</p>
          <RequestVerificationForm />
        </Panel>
      )}
      {!verification.canRequest &&
        (verification.status === "UNVERIFIED" || verification.status === "REJECTED") && (
          <p className="text-sm text-slate-500">{t("ownerOnlyHint")}</p>
        )}
    </div>
  );
}
