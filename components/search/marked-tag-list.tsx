import { getLocale } from "next-intl/server";
import { tagLabel } from "@/lib/taxonomy";
import type { Locale } from "@/lib/i18n/config";

/** Tags as small chips; those the search matched are marked (they may be why a result matched). */
export async function MarkedTagList({
  slugs,
  marked = [],
  label,
  className = "",
}: {
  slugs: string[];
  marked?: string[];
  label: string;
  className?: string;
}) {
  const locale = (await getLocale()) as Locale;
  return (
    <ul aria-label={label} className={`tags ${className}`.trimEnd()}>
      {slugs.map((slug) => (
        <li key={slug}>
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
