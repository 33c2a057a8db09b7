import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { isVendorMember } from "@/lib/auth/guards";
import { getSaveSearchStatus } from "@/lib/domain/saved-searches/get-save-search-status";
import { SAVED_SEARCH_NAME_MAX } from "@/lib/domain/saved-searches/saved-search.schema";
import type { SavedSearchState } from "@/lib/domain/saved-searches/saved-search-state";
import type { Locale } from "@/lib/i18n/config";
import { tagLabel } from "@/lib/taxonomy";
import { LazySaveSearchFields } from "./lazy-save-search-fields";
import { ClientMessages } from "@/components/i18n/client-messages";

const MANAGE_HREF = "/workspace/saved-searches";

/** A name for the search to start from: its keywords, else its tags and regions. */
function suggestedName(state: SavedSearchState, locale: Locale, separator: string, all: string) {
  if (state.q) return state.q.slice(0, SAVED_SEARCH_NAME_MAX);
  const tags = [...state.industry, ...state.capability].map((slug) => tagLabel(slug, locale));
  const words = [...tags, ...state.region];
  return words.length > 0 ? words.join(separator).slice(0, SAVED_SEARCH_NAME_MAX) : all;
}

/**
 * "Save this search" for the requirement search whose URL query string is `query`, for vendor
 * members: a button that opens a name field, or "saved as …" when it is saved already, or a note
 * when no more can be saved. Nothing for anyone else, or for a search that cannot be saved.
 */
export async function SaveSearchForm({ query }: { query: string }) {
  const actor = await currentActor();
  if (!isVendorMember(actor)) return null;
  const [status, t, locale] = await Promise.all([
    getSaveSearchStatus(actor, { query }),
    getTranslations("vendorTools"),
    getLocale() as Promise<Locale>,
  ]);
  switch (status.kind) {
    case "invalid":
      return null;
    case "saved":
      return <SavedNote text={`★ ${t("saveForm.saved", { name: status.name })}`} />;
    case "full":
      return <SavedNote text={t("saveForm.full", { max: status.max })} />;
    case "available": {
      const name = suggestedName(
        status.state,
        locale,
        t("summary.listSeparator"),
        t("saveForm.allRequirements"),
      );
      return (
        <ClientMessages scope="saveSearch">
          <LazySaveSearchFields query={query} suggestedName={name} />
        </ClientMessages>
      );
    }
  }
}

async function SavedNote({ text }: { text: string }) {
  const t = await getTranslations("vendorTools.saveForm");
  return (
    <p role="status" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
      <span>{text}</span>
      <Link
        href={MANAGE_HREF}
        className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
      >
        {t("manage")}
      </Link>
    </p>
  );
}
