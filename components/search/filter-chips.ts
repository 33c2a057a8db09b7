import { getLocale, getTranslations } from "next-intl/server";
import { tagLabel } from "@/lib/taxonomy";
import type { Locale } from "@/lib/i18n/config";

export interface FilterChip {
  key: string;
  label: string;
  /** The same search without this word or filter. */
  href: string;
}

/** What requirement and vendor searches have in common. */
export interface CommonSearchState {
  q?: string;
  industry: string[];
  capability: string[];
  region: string[];
  verified: boolean;
}

type ListField = "industry" | "capability" | "region";

/** Chips for the search words, the taxonomy filters and "verified only". */
export async function commonFilterChips<State extends CommonSearchState>(
  state: State,
  hrefWith: (patch: Partial<CommonSearchState>) => string,
  verifiedLabel: string,
): Promise<FilterChip[]> {
  const [t, locale] = await Promise.all([
    getTranslations("search"),
    getLocale() as Promise<Locale>,
  ]);
  const listChips = (name: ListField, label: (value: string) => string) =>
    state[name].map((value) => ({
      key: `${name}=${value}`,
      label: t("chipField", { field: t(name), value: label(value) }),
      href: hrefWith({ [name]: state[name].filter((other) => other !== value) }),
    }));
  return [
    ...(state.q
      ? [{ key: "q", label: t("chipQuery", { q: state.q }), href: hrefWith({ q: undefined }) }]
      : []),
    ...listChips("industry", (slug) => tagLabel(slug, locale)),
    ...listChips("capability", (slug) => tagLabel(slug, locale)),
    ...listChips("region", (region) => region),
    ...(state.verified
      ? [{ key: "verified", label: verifiedLabel, href: hrefWith({ verified: false }) }]
      : []),
  ];
}

/** "300万元 – 800万元", "300万元 起", "至 800万元". */
export async function rangeText(from: string | undefined, to: string | undefined) {
  const t = await getTranslations("search");
  if (from && to) return t("rangeBoth", { from, to });
  return from ? t("rangeFrom", { from }) : t("rangeTo", { to: to ?? "" });
}
