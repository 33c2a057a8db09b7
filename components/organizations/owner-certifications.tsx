import { getTranslations } from "next-intl/server";
import { removeCertificationAction } from "@/app/organization/actions";
import type { OrganizationProfile } from "@/lib/domain/organizations/get-organization-profile";
import { ConfirmAction } from "@/components/members/confirm-action";
import { Panel } from "@/components/ui/panel";
import { CertificationForm } from "./certification-form";
import { CertificationList } from "./certification-list";

/** The owner's certifications with remove buttons, then the add form. */
export async function OwnerCertifications({ profile }: { profile: OrganizationProfile }) {
  const t = await getTranslations("profile");
  return (
    <Panel id="certifications" title={t("sectionCertifications")}>
      <CertificationList
        certifications={profile.certifications}
        action={(c) => (
          <ConfirmAction
            triggerLabel={t("remove")}
            title={t("removeCertificationTitle")}
            description={t("removeCertificationText", { name: c.name })}
            confirmLabel={t("remove")}
            action={removeCertificationAction}
            hidden={{ id: c.id }}
          />
        )}
      />
      <section aria-labelledby="add-certification" className="mt-4 rounded-md bg-slate-50 p-4">
        <h3 id="add-certification" className="mb-3 font-medium">
          {t("addCertificationTitle")}
        </h3>
        <CertificationForm />
      </section>
    </Panel>
  );
}
