import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { isVendorMember } from "@/lib/auth/guards";
import { SectionLayout } from "@/components/layout/section-layout";
import { ClientMessages } from "@/components/i18n/client-messages";

/**
 * A vendor member's proposals, bookmarks and saved searches. Anyone else gets the page alone (it signs
 * visitors in, and tells everyone else whom these tools are for), without the section's tabs.
 */
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  const section = <ClientMessages scope="workspace">{children}</ClientMessages>;
  if (!isVendorMember(actor)) return section;
  const [t, tp, tm] = await Promise.all([
    getTranslations("vendorTools"),
    getTranslations("proposals"),
    getTranslations("matching"),
  ]);
  return (
    <SectionLayout
      title={t("title")}
      tabs={[
        { href: "/workspace/invitations", label: tm("invitations.tab") },
        { href: "/workspace/proposals", label: tp("mine.tab") },
        { href: "/workspace/bookmarks", label: t("tabBookmarks") },
        { href: "/workspace/saved-searches", label: t("tabSavedSearches") },
      ]}
    >
      {section}
    </SectionLayout>
  );
}
