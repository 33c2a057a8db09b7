import { getTranslations } from "next-intl/server";
import type { RequirementDetail } from "@/lib/domain/requirements/get-requirement";
import { Panel } from "@/components/ui/panel";
import { FactList } from "./fact-list";
import { SignInPrompt } from "./sign-in-prompt";

const linkClass = "font-medium text-brand-700 underline underline-offset-2 break-all";

/**
 * Whom to ask, for the readers getRequirement gives the contact to (vendors, the owner
 * organization, admins); the others are told who may see it (visitors: sign in).
 */
export async function ContactPanel({ requirement: r }: { requirement: RequirementDetail }) {
  const t = await getTranslations("requirement");
  const { contact } = r;
  return (
    <Panel id="contact" title={t("contact")}>
      {contact ? (
        <FactList
          facts={[
            [t("contactName"), contact.name ?? "—"],
            [
              t("contactPhone"),
              contact.phone ? (
                <a
                  key="p"
                  href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`}
                  className={linkClass}
                >
                  {contact.phone}
                </a>
              ) : (
                "—"
              ),
            ],
            [
              t("contactEmail"),
              contact.email ? (
                <a key="e" href={`mailto:${contact.email}`} className={linkClass}>
                  {contact.email}
                </a>
              ) : (
                "—"
              ),
            ],
          ]}
        />
      ) : r.fullText === null ? (
        <SignInPrompt requirementId={r.id} text={t("contactForVendors")} />
      ) : (
        <p className="text-sm text-slate-600">{t("contactVendorsOnly")}</p>
      )}
    </Panel>
  );
}
