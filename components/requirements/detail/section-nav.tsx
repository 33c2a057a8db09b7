import { getTranslations } from "next-intl/server";
import type { SectionId } from "./detail-sections";

/** Links to the page's sections, beside them on wide screens (phones read straight down). */
export async function SectionNav({ sections }: { sections: SectionId[] }) {
  const t = await getTranslations("requirement");
  return (
    <nav
      aria-labelledby="on-this-page"
      className="hidden rounded-lg border border-slate-200 bg-white p-5 lg:sticky lg:top-6 lg:block"
    >
      <h2 id="on-this-page" className="mb-2 text-sm font-semibold text-slate-900">
        {t("onThisPage")}
      </h2>
      <ol className="space-y-1 text-sm">
        {sections.map((id) => (
          <li key={id}>
            <a
              href={`#${id}`}
              className="block rounded px-2 py-1 text-slate-700 hover:bg-slate-50 hover:text-brand-700"
            >
              {t(id)}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
