import { getFormatter, getTranslations } from "next-intl/server";
import type { OrganizationProfile } from "@/lib/domain/organizations/get-organization-profile";

type Certification = OrganizationProfile["certifications"][number];

/** Certifications with issuer and validity; `action` renders an owner's control for each. */
export async function CertificationList({
  certifications,
  action,
}: {
  certifications: Certification[];
  action?: (certification: Certification) => React.ReactNode;
}) {
  const [t, format] = await Promise.all([getTranslations("profile"), getFormatter()]);
  if (certifications.length === 0)
    return <p className="text-sm text-slate-500">{t("noCertifications")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {certifications.map((c) => (
        <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
          <div>
            <p className="font-medium">{c.name}</p>
            <p className="text-sm text-slate-500">
              {[
                c.issuer,
                c.validUntil &&
                  t("validUntil", {
                    date: format.dateTime(c.validUntil, { dateStyle: "medium", timeZone: "UTC" }),
                  }),
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
          </div>
          {action?.(c)}
        </li>
      ))}
    </ul>
  );
}
