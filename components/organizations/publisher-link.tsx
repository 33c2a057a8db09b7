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
    <Link
      href={`/enterprises/${organization.id}`}
      className={`underline decoration-slate-300 underline-offset-2 hover:text-brand-700 hover:decoration-brand-600 ${className}`}
    >
      {displayName(organization, locale)}
    </Link>
  );
}
