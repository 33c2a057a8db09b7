import { getLocale } from "next-intl/server";
import { tagLabel } from "@/lib/taxonomy";
import type { Locale } from "@/lib/i18n/config";

export async function TagList({ slugs, label }: { slugs: string[]; label: string }) {
  const locale = (await getLocale()) as Locale;
  return (
    <ul aria-label={label} className="tags">
      {slugs.map((slug) => (
        <li key={slug}>{tagLabel(slug, locale)}</li>
      ))}
    </ul>
  );
}
