import Link from "next/link";
import { getLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { displayName } from "./organization-name";

/** The publishing enterprise's name, linking to its public profile page. */
export async function PublisherLink({
  organization,
  className = "",
}: {
  organization: { id: string; name: string; nameEn: string | null };
  className?: string;
}) {
  const locale = (await getLocale()) as Locale;
  return (
    <Link href={`/enterprises/${organization.id}`} className={`org-link ${className}`.trimEnd()}>
      {displayName(organization, locale)}
    </Link>
  );
}
