import { getTranslations } from "next-intl/server";
import type { UserActor } from "@/lib/auth/guards";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { ButtonLink } from "@/components/ui/button";

/** Where a member of the other kind is sent: vendors to the market, enterprises to their workspace. */
const OTHER_KIND_HREF: Record<OrganizationKind, string> = {
  ENTERPRISE: "/",
  VENDOR: "/dashboard",
};

/**
 * What a page for members of one kind of organization (`requires`) says to other signed-in
 * users: members of the other kind, and users who belong to no organization.
 */
export async function OrganizationKindNotice({
  actor,
  requires,
}: {
  actor: UserActor;
  requires: OrganizationKind;
}) {
  const t = await getTranslations(`organization.kindNotice.${requires}`);
  const reason = actor.orgId ? "otherKind" : "noOrganization";
  return (
    <section
      aria-labelledby="organization-kind-notice"
      className="mx-auto max-w-xl rounded-lg border border-slate-200 bg-white px-6 py-10 text-center"
    >
      <h1 id="organization-kind-notice" className="text-xl font-semibold text-slate-900">
        {t(`${reason}Title`)}
      </h1>
      <p className="mt-3 text-slate-600">{t(`${reason}Text`)}</p>
      <ButtonLink href={reason === "otherKind" ? OTHER_KIND_HREF[requires] : "/"} className="mt-6">
        {t(`${reason}Link`)}
      </ButtonLink>
    </section>
  );
}
