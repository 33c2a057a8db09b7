import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { UserActor } from "@/lib/auth/guards";

/**
 * What the dashboard says to signed-in users who cannot publish requirements: vendor members,
 * and users who belong to no organization.
 */
export async function EnterpriseOnlyNotice({ reason }: { reason: "vendor" | "noOrganization" }) {
  const t = await getTranslations("authoring.dashboard");
  return (
    <section
      aria-labelledby="enterprise-only"
      className="mx-auto max-w-xl rounded-lg border border-slate-200 bg-white px-6 py-10 text-center"
    >
      <h1 id="enterprise-only" className="text-xl font-semibold text-slate-900">
        {t(`${reason}Title`)}
      </h1>
      <p className="mt-3 text-slate-600">{t(`${reason}Text`)}</p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
      >
        {t(`${reason}Link`)}
      </Link>
    </section>
  );
}

/** Why the user cannot publish requirements, or null for enterprise members. */
export function notEnterpriseReason(actor: UserActor): "vendor" | "noOrganization" | null {
  if (!actor.orgId) return "noOrganization";
  return actor.orgKind === "ENTERPRISE" ? null : "vendor";
}
