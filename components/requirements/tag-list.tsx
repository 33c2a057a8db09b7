import { getLocale } from "next-intl/server";
import { tagLabel } from "@/lib/taxonomy";
import type { Locale } from "@/lib/i18n/config";

export async function TagList({ slugs, label }: { slugs: string[]; label: string }) {
  const locale = (await getLocale()) as Locale;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {slugs.map((slug) => (
        <li key={slug} className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
          {tagLabel(slug, locale)}
        </li>
      ))}
    </ul>
  );
}
