import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { messages } from "@/messages";
import { tagLabel } from "@/lib/taxonomy";
import type { Contribution } from "./contributions";

const translators = {
  "zh-CN": createTranslator({
    locale: "zh-CN",
    messages: messages["zh-CN"],
    namespace: "matching.reasons",
  }),
  en: createTranslator({ locale: "en", messages: messages.en, namespace: "matching.reasons" }),
};

type Params = Record<string, string | number>;

/** The messages are untyped (messages/index.ts), so keys are checked by the messages test. */
const translate = (locale: Locale) => (key: string, params?: Params) =>
  translators[locale](key as never, params as never);

const listSeparator = (locale: Locale) => (locale === "en" ? ", " : "、");

export function tagList(slugs: readonly string[], locale: Locale): string {
  return slugs.map((slug) => tagLabel(slug, locale)).join(listSeparator(locale));
}

/** One contribution as the sentence a reader sees, in the reader's language. */
export function formatReason(contribution: Contribution, locale: Locale): string {
  const t = translate(locale);
  switch (contribution.signal) {
    case "capabilities": {
      const params = {
        covered: contribution.covered.length,
        required: contribution.required,
        labels: tagList(contribution.covered, locale),
        shown: contribution.shownInCases,
      };
      return contribution.shownInCases > 0 && contribution.shownInCases < params.covered
        ? t("capabilitiesShown", params)
        : t("capabilities", params);
    }
    case "industry": {
      const params = {
        industry: tagLabel(contribution.industry, locale),
        cases: contribution.cases,
      };
      if (contribution.adjacent) {
        return contribution.cases > 0 ? t("adjacentCases", params) : t("adjacentClaimed", params);
      }
      return contribution.cases > 0 ? t("industryCases", params) : t("industryClaimed", params);
    }
    case "text":
      return t("text", { terms: contribution.terms.join(listSeparator(locale)) });
    case "region":
      return t("region", { region: contribution.region });
    case "verified":
      return t("verified");
    case "domesticStack":
      return contribution.fits ? t("domesticStack") : t("domesticStackMissing");
    case "trackRecord":
      return contribution.meanRating === null
        ? t("trackRecord", {
            awards: contribution.awards,
            completed: contribution.completedContracts,
          })
        : t("trackRecordRated", {
            awards: contribution.awards,
            completed: contribution.completedContracts,
            rating: contribution.meanRating,
          });
    case "sharedCapabilities":
      return t("sharedCapabilities", {
        count: contribution.shared.length,
        labels: tagList(contribution.shared, locale),
      });
    case "sameIndustry":
      return t("sameIndustry", { industry: tagLabel(contribution.industry, locale) });
    case "likeDismissed":
      return t("likeDismissed");
  }
}

/** The reasons of a result, in the order of its contributions (largest first). */
export function formatReasons(contributions: readonly Contribution[], locale: Locale): string[] {
  return contributions.map((contribution) => formatReason(contribution, locale));
}

/** "Which vendor brings what" for one team member. */
export function formatTeamMember(vendorName: string, brings: readonly string[], locale: Locale) {
  return translate(locale)("teamMember", { vendor: vendorName, labels: tagList(brings, locale) });
}
