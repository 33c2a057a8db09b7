import { getLocale } from "next-intl/server";
import { tagLabel } from "@/lib/taxonomy";
import type { Locale } from "@/lib/i18n/config";

/** Tags as small chips; those the search matched are marked (they may be why a result matched). */
export async function MarkedTagList({
  slugs,
  marked = [],
  label,
}: {
  slugs: string[];
  marked?: string[];
  label: string;
}) {
  const locale = (await getLocale()) as Locale;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {slugs.map((slug) => (
        <li key={slug} className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
          <MarkedLabel text={tagLabel(slug, locale)} marked={marked.includes(slug)} />
        </li>
      ))}
    </ul>
  );
}

/** A label, marked when the search matched it. */
export function MarkedLabel({ text, marked }: { text: string; marked: boolean }) {
  if (!marked) return text;
  return <mark className="bg-transparent font-semibold text-amber-800">{text}</mark>;
}
