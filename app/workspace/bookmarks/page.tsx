import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireSignedInPage } from "@/lib/auth/require-page-actor";
import { listBookmarks } from "@/lib/domain/bookmarks/list-bookmarks";
import { isVendorMember } from "@/lib/auth/guards";
import { Pagination } from "@/components/dashboard/pagination";
import { OrganizationKindNotice } from "@/components/organizations/organization-kind-notice";
import { BookmarkItem } from "@/components/vendor-tools/bookmark-item";
import { EmptyState } from "@/components/vendor-tools/empty-state";
import { pageParam, readUrlParam } from "@/lib/http/url-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("vendorTools");
  return { title: t("tabBookmarks") };
}

const bookmarksHref = (page: number) =>
  page > 1 ? `/workspace/bookmarks?page=${page}` : "/workspace/bookmarks";

/** The vendor member's bookmarked requirements, most recent first. */
export default async function BookmarksPage({ searchParams }: PageProps<"/workspace/bookmarks">) {
  const page = readUrlParam(pageParam(), (await searchParams).page);
  const actor = await requireSignedInPage(bookmarksHref(page));
  if (!isVendorMember(actor)) return <OrganizationKindNotice actor={actor} requires="VENDOR" />;
  const [t, tTools, format, list] = await Promise.all([
    getTranslations("vendorTools.bookmarks"),
    getTranslations("vendorTools"),
    getFormatter(),
    listBookmarks(actor, { page }),
  ]);
  return (
    <div className="space-y-4">
      <p className="flex flex-wrap justify-between gap-2 text-sm text-slate-600">
        <span>{t("intro")}</span>
        {list.total > 0 && <span>{t("count", { count: list.total })}</span>}
      </p>
      {list.hiddenCount > 0 && (
        <p className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {t("hidden", { count: list.hiddenCount })}
        </p>
      )}
      <h2 id="bookmark-list" className="sr-only">
        {tTools("tabBookmarks")}
      </h2>
      {list.items.length === 0 ? (
        <EmptyState
          title={t("emptyTitle")}
          text={t("emptyText")}
          linkLabel={t("emptyLink")}
          href="/"
        />
      ) : (
        <ol aria-labelledby="bookmark-list" className="space-y-5">
          {list.items.map((item) => (
            <BookmarkItem
              key={item.requirement.id}
              requirement={item.requirement}
              bookmarkedAt={format.dateTime(item.bookmarkedAt, { dateStyle: "medium" })}
            />
          ))}
        </ol>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} href={bookmarksHref} />
    </div>
  );
}
