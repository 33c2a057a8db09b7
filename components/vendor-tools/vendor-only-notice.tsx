import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { UserActor } from "@/lib/auth/guards";

/**
 * What the bookmark and saved-search pages say to signed-in users who are not vendor members:
 * enterprise members are sent to their own workspace, users of no organization to the market.
 */
export async function VendorOnlyNotice({ actor }: { actor: UserActor }) {
  const t = await getTranslations("vendorTools.notice");
  const reason = actor.orgKind === "ENTERPRISE" ? "enterprise" : "noOrganization";
  return (
    <section
      aria-labelledby="vendor-only"
      className="mx-auto max-w-xl rounded-lg border border-slate-200 bg-white px-6 py-10 text-center"
    >
      <h1 id="vendor-only" className="text-xl font-semibold text-slate-900">
        {t(`${reason}Title`)}
      </h1>
      <p className="mt-3 text-slate-600">{t(`${reason}Text`)}</p>
      <Link
        href={reason === "enterprise" ? "/dashboard" : "/"}
        className="mt-6 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
      >
        {t(`${reason}Link`)}
      </Link>
    </section>
  );
}
