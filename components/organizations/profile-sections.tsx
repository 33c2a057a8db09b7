import { getTranslations } from "next-intl/server";
import type { OrganizationProfile } from "@/lib/domain/organizations/get-organization-profile";
import { Panel } from "@/components/ui/panel";
import { TagList } from "@/components/requirements/tag-list";
import { CaseStudyCard } from "./case-study-card";
import { CertificationList } from "./certification-list";

function Tags({ slugs, label, empty }: { slugs: string[]; label: string; empty: string }) {
  if (slugs.length === 0) return <p className="text-sm text-slate-500">{empty}</p>;
  return <TagList slugs={slugs} label={label} />;
}

/** The read-only profile below the header: description, tags and, for vendors, cases and certificates. */
export async function ProfileSections({ profile }: { profile: OrganizationProfile }) {
  const t = await getTranslations("profile");
  const isVendor = profile.kind === "VENDOR";
  const industriesLabel = isVendor ? t("industries") : t("industriesEnterprise");
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <Panel id="about" title={t("description")}>
          {profile.description ? (
            <p className="whitespace-pre-line leading-relaxed text-slate-800">
              {profile.description}
            </p>
          ) : (
            <p className="text-sm text-slate-500">{t("noDescription")}</p>
          )}
        </Panel>
        {isVendor && (
          <section aria-labelledby="cases" className="space-y-3">
            <h2 id="cases" className="text-lg font-semibold">
              {t("sectionCases")}
            </h2>
            {profile.caseStudies.length === 0 ? (
              <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-500">
                {t("noCases")}
              </p>
            ) : (
              <ul className="space-y-3">
                {profile.caseStudies.map((c) => (
                  <li key={c.id}>
                    <CaseStudyCard caseStudy={c} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
      </div>
      <aside className="space-y-6">
        {isVendor && (
          <Panel id="capabilities" title={t("capabilities")}>
            <Tags slugs={profile.capabilities} label={t("capabilities")} empty={t("noneYet")} />
          </Panel>
        )}
        <Panel id="industries" title={industriesLabel}>
          <Tags slugs={profile.industries} label={industriesLabel} empty={t("noneYet")} />
        </Panel>
        {isVendor && (
          <Panel id="certifications" title={t("sectionCertifications")}>
            <CertificationList certifications={profile.certifications} />
          </Panel>
        )}
      </aside>
    </div>
  );
}
